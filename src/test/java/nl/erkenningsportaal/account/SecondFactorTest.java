package nl.erkenningsportaal.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import nl.erkenningsportaal.IntegrationTest;
import nl.erkenningsportaal.audit.AuditAction;
import nl.erkenningsportaal.audit.AuditService;
import nl.erkenningsportaal.municipality.MunicipalityService;
import nl.erkenningsportaal.notification.InboxService;
import nl.erkenningsportaal.platform.Refusal;
import nl.erkenningsportaal.platform.Roles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

@IntegrationTest
class SecondFactorTest {

    @Autowired
    SecondFactorService secondFactor;

    @Autowired
    AccountService accountService;

    @Autowired
    AuditService audit;

    @Autowired
    MunicipalityService municipalities;

    @Autowired
    InboxService inbox;

    @Autowired
    CurrentUser currentUser;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @Test
    void a_password_only_staff_session_reaches_no_service() {
        SignedInUser admin = accounts.create(Roles.ADMIN, null);
        TestAccounts.signInWithPasswordOnly(admin);
        assertThat(currentUser.get()).isEmpty();
        assertThat(currentUser.secondFactorPending()).isTrue();
        assertThatThrownBy(() -> accountService.staffAccounts()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accountService.changeOwnPassword("x", "y")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> audit.latest(10)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> audit.verifyChain()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> audit.forSubject("ACCOUNT", "1")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> municipalities.updateSettings("GM0106",
                municipalities.find("GM0106").orElseThrow().settings())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> inbox.myMessages()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> secondFactor.resetFor(1L, "x")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> secondFactor.renewRecoveryCodes()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void enrolling_with_a_valid_code_completes_the_login_and_gives_ten_recovery_codes() {
        SignedInUser admin = accounts.create(Roles.ADMIN, null);
        TestAccounts.signInWithPasswordOnly(admin);
        assertThat(secondFactor.enrolled()).isFalse();
        SecondFactorEnrolment enrolment = secondFactor.startEnrolment();
        assertThat(enrolment.otpauthUri()).startsWith("otpauth://totp/Erkenningsportaal%3A")
                .contains("secret=" + enrolment.key());
        String stored = jdbc.queryForObject("SELECT totp_secret FROM user_account WHERE id = ?", String.class,
                admin.id());
        assertThat(stored).startsWith("v1.").doesNotContain(enrolment.key());

        assertThatThrownBy(() -> secondFactor.confirmEnrolment("000000")).isInstanceOf(Refusal.class);
        List<String> codes = secondFactor.confirmEnrolment(Totp.codeAt(enrolment.key(), Instant.now()));

        assertThat(codes).hasSize(10).doesNotHaveDuplicates();
        assertThat(currentUser.secondFactorPending()).isFalse();
        assertThat(currentUser.require().id()).isEqualTo(admin.id());
        assertThat(SecurityContextHolder.getContext().getAuthentication().getAuthorities())
                .extracting(GrantedAuthority::getAuthority).contains("ROLE_ADMIN", "FACTOR_TOTP");
        // the admin's own pages work now: the staff list (with the admin on it) is shown
        assertThat(accountService.staffAccounts()).extracting(StaffAccount::id).contains(admin.id());
        assertThat(secondFactor.recoveryCodesLeft()).isEqualTo(10);
        assertThat(jdbc.queryForList("SELECT code_hash FROM recovery_code WHERE account_id = ?", String.class,
                admin.id())).noneMatch(h -> codes.stream().anyMatch(c -> h.contains(c.replace("-", ""))));
    }

    @Test
    void a_code_from_the_app_works_once_and_a_reused_code_fails() {
        SignedInUser officer = accounts.create(Roles.OFFICER, "GM0106");
        TestAccounts.signInWithPasswordOnly(officer);
        SecondFactorEnrolment enrolment = secondFactor.startEnrolment();
        String first = Totp.codeAt(enrolment.key(), Instant.now());
        secondFactor.confirmEnrolment(first);

        // next login: the code used to enrol is refused, even inside its window
        TestAccounts.signInWithPasswordOnly(officer);
        assertThatThrownBy(() -> secondFactor.verify(first)).isInstanceOf(Refusal.class)
                .hasFieldOrPropertyWithValue("messageKey", "security.error.code-wrong");
        assertThat(currentUser.secondFactorPending()).isTrue();

        // the next time step's code (within the window) is accepted once
        String next = Totp.codeAt(enrolment.key(), Instant.now().plusSeconds(Totp.STEP_SECONDS));
        secondFactor.verify(next);
        assertThat(currentUser.get()).isPresent();

        TestAccounts.signInWithPasswordOnly(officer);
        assertThatThrownBy(() -> secondFactor.verify(next)).isInstanceOf(Refusal.class);
        assertThat(currentUser.get()).isEmpty();
    }

    @Test
    void a_recovery_code_works_once() {
        SignedInUser ggd = accounts.create(Roles.GGD, null);
        TestAccounts.signInWithPasswordOnly(ggd);
        SecondFactorEnrolment enrolment = secondFactor.startEnrolment();
        List<String> codes = secondFactor.confirmEnrolment(Totp.codeAt(enrolment.key(), Instant.now()));

        TestAccounts.signInWithPasswordOnly(ggd);
        secondFactor.useRecoveryCode(codes.get(3).toUpperCase());
        assertThat(currentUser.get()).isPresent();
        assertThat(secondFactor.recoveryCodesLeft()).isEqualTo(9);

        TestAccounts.signInWithPasswordOnly(ggd);
        assertThatThrownBy(() -> secondFactor.useRecoveryCode(codes.get(3))).isInstanceOf(Refusal.class)
                .hasFieldOrPropertyWithValue("messageKey", "security.error.recovery-code-wrong");
        assertThat(currentUser.secondFactorPending()).isTrue();
    }

    @Test
    void an_admin_resets_a_colleagues_second_factor_and_it_is_audited() {
        SignedInUser officer = accounts.create(Roles.OFFICER, "GM1690");
        TestAccounts.signInWithPasswordOnly(officer);
        secondFactor.confirmEnrolment(Totp.codeAt(secondFactor.startEnrolment().key(), Instant.now()));
        assertThat(secondFactor.enrolled()).isTrue();
        assertThatThrownBy(() -> secondFactor.resetFor(officer.id(), "lost phone"))
                .isInstanceOf(AccessDeniedException.class);

        accounts.signInAs(Roles.ADMIN, null);
        secondFactor.resetFor(officer.id(), "lost phone");
        assertThat(audit.forSubject("ACCOUNT", Long.toString(officer.id())))
                .anySatisfy(e -> assertThat(e.action()).isEqualTo(AuditAction.SECOND_FACTOR_RESET));

        TestAccounts.signInWithPasswordOnly(officer);
        assertThat(secondFactor.enrolled()).isFalse();
    }
}
