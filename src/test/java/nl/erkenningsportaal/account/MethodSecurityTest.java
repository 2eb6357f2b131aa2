package nl.erkenningsportaal.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.erkenningsportaal.IntegrationTest;
import nl.erkenningsportaal.municipality.MunicipalityService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;

@IntegrationTest
class MethodSecurityTest {

    @Autowired
    AccountService accountService;

    @Autowired
    MunicipalityService municipalities;

    @Autowired
    TestAccounts accounts;

    @Autowired
    PasswordEncoder passwordEncoder;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @Test
    void method_security_is_switched_on_so_an_anonymous_call_is_refused() {
        assertThatThrownBy(() -> accountService.staffAccounts())
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void only_an_admin_lists_and_creates_staff_accounts() {
        for (String role : new String[] {Roles.WORKER, Roles.OFFICER, Roles.GGD, Roles.COORDINATOR, Roles.POLICY}) {
            accounts.signInAs(role, Roles.OFFICER.equals(role) ? "GM0106" : null);
            assertThatThrownBy(() -> accountService.staffAccounts()).as(role)
                    .isInstanceOf(AuthorizationDeniedException.class);
            assertThatThrownBy(() -> accountService.createStaffAccount(
                    new NewStaffAccount("sneaky-" + role.toLowerCase(), Roles.ADMIN, null))).as(role)
                    .isInstanceOf(AuthorizationDeniedException.class);
        }
        accounts.signInAs(Roles.ADMIN, null);
        assertThat(accountService.staffAccounts()).isNotEmpty();
    }

    @Test
    void only_an_admin_changes_municipality_settings() {
        var assen = municipalities.find("GM0106").orElseThrow();
        accounts.signInAs(Roles.OFFICER, "GM0106");
        assertThatThrownBy(() -> municipalities.updateSettings("GM0106", assen.settings()))
                .isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    void passwords_are_hashed_with_argon2id_at_owasp_parameters() {
        String hash = passwordEncoder.encode("correct horse battery staple");
        assertThat(hash).startsWith("$argon2id$").contains("m=19456,t=2,p=1");
        assertThat(passwordEncoder.matches("correct horse battery staple", hash)).isTrue();
    }
}
