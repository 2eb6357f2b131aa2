package nl.erkenningsportaal.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.erkenningsportaal.IntegrationTest;
import nl.erkenningsportaal.audit.AuditAction;
import nl.erkenningsportaal.audit.AuditService;
import nl.erkenningsportaal.platform.Refusal;
import nl.erkenningsportaal.platform.Roles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

@IntegrationTest
class StaffAdministrationTest {

    @Autowired
    AccountService accountService;

    @Autowired
    TestAccounts accounts;

    @Autowired
    UserAccountRepository repository;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    AuditService audit;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @Test
    void an_officer_account_gets_a_one_time_password_that_must_be_changed_and_is_audited() {
        SignedInUser admin = accounts.signInAs(Roles.ADMIN, null);
        CreatedStaffAccount created = accountService.createStaffAccount(
                new NewStaffAccount("  Handhaver.Emmen ", Roles.OFFICER, "GM0114"));

        assertThat(created.account().username()).isEqualTo("handhaver.emmen");
        assertThat(created.account().municipalityId()).isEqualTo("GM0114");
        assertThat(created.account().passwordChangeRequired()).isTrue();
        UserAccount stored = repository.findByUsername("handhaver.emmen").orElseThrow();
        assertThat(stored.getPasswordHash()).doesNotContain(created.initialPassword());
        assertThat(passwordEncoder.matches(created.initialPassword(), stored.getPasswordHash())).isTrue();

        assertThat(audit.forSubject("ACCOUNT", stored.getId().toString())).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo(AuditAction.STAFF_ACCOUNT_CREATED);
            assertThat(e.actor()).contains(admin.username());
        });
    }

    @Test
    void an_officer_without_a_municipality_or_a_taken_name_is_refused() {
        accounts.signInAs(Roles.ADMIN, null);
        assertThatThrownBy(() -> accountService.createStaffAccount(
                new NewStaffAccount("officer-nowhere", Roles.OFFICER, null)))
                .isInstanceOf(Refusal.class).hasMessage("error.officer-needs-municipality");
        accountService.createStaffAccount(new NewStaffAccount("ggd.emmen", Roles.GGD, null));
        assertThatThrownBy(() -> accountService.createStaffAccount(new NewStaffAccount("ggd.emmen", Roles.GGD, null)))
                .isInstanceOf(Refusal.class).hasMessage("error.username-taken");
        assertThatThrownBy(() -> accountService.createStaffAccount(
                new NewStaffAccount("<script>", Roles.GGD, null)))
                .isInstanceOf(Refusal.class).hasMessage("error.username-invalid");
        assertThatThrownBy(() -> accountService.createStaffAccount(
                new NewStaffAccount("worker-by-admin", Roles.WORKER, null)))
                .isInstanceOf(Refusal.class).hasMessage("error.role-invalid");
    }

    @Test
    void a_disabled_account_can_no_longer_log_in_and_can_be_enabled_again() {
        accounts.signInAs(Roles.ADMIN, null);
        CreatedStaffAccount created = accountService.createStaffAccount(
                new NewStaffAccount("coordinator-2", Roles.COORDINATOR, null));
        assertThat(created.account().region()).isEqualTo("DRENTHE");

        assertThat(accountService.setEnabled(created.account().id(), false).enabled()).isFalse();
        assertThat(repository.findByUsername("coordinator-2").orElseThrow().isEnabled()).isFalse();
        assertThat(accountService.setEnabled(created.account().id(), true).enabled()).isTrue();
        assertThat(audit.forSubject("ACCOUNT", Long.toString(created.account().id())))
                .extracting(e -> e.action())
                .containsExactly(AuditAction.ACCOUNT_ENABLED, AuditAction.ACCOUNT_DISABLED,
                        AuditAction.STAFF_ACCOUNT_CREATED);
    }
}
