package nl.erkenningsportaal.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import nl.erkenningsportaal.IntegrationTest;
import nl.erkenningsportaal.TestClock;
import nl.erkenningsportaal.platform.Roles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.mock.web.MockHttpServletRequest;

@IntegrationTest
class LoginTest {

    static final String PASSWORD = "a long and unusual passphrase";

    @Autowired
    PortalAuthenticationProvider provider;

    @Autowired
    AccountService accountService;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    private String account(String role) {
        String username = role.toLowerCase() + "-login-" + UUID.randomUUID().toString().substring(0, 8);
        accountService.createDemoAccount(username, PASSWORD, role, Roles.OFFICER.equals(role) ? "GM0106" : null);
        return username;
    }

    private Authentication login(String username, String password, String address) {
        UsernamePasswordAuthenticationToken token = UsernamePasswordAuthenticationToken.unauthenticated(username,
                password);
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr(address);
        token.setDetails(new WebAuthenticationDetails(request));
        return provider.authenticate(token);
    }

    private static String address() {
        return "10.0." + (int) (Math.random() * 250) + "." + (int) (Math.random() * 250);
    }

    @Test
    void after_the_password_a_staff_member_holds_no_role_only_the_password_factor() {
        Authentication auth = login(account(Roles.OFFICER), PASSWORD, address());
        assertThat(auth).isInstanceOf(PortalAuthentications.PasswordStep.class);
        assertThat(auth.getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .containsExactly("FACTOR_PASSWORD");
    }

    @Test
    void a_worker_without_a_second_factor_is_signed_in_with_the_role_at_once() {
        Authentication auth = login(account(Roles.WORKER), PASSWORD, address());
        assertThat(auth).isNotInstanceOf(PortalAuthentications.PasswordStep.class);
        assertThat(auth.getAuthorities()).extracting(GrantedAuthority::getAuthority).contains("ROLE_WORKER");
    }

    @Test
    void an_unknown_user_and_a_wrong_password_get_the_same_answer_in_similar_time() {
        String known = account(Roles.ADMIN);
        // warm up
        assertThatThrownBy(() -> login(known, "wrong password 1", address()));
        // alternating, three of each (a fifth failure would throttle the account), medians compared: one garbage
        // collection or busy neighbour during a single attempt must not decide the outcome
        long[] wrongNanos = new long[3];
        long[] unknownNanos = new long[3];
        Throwable wrong = null;
        Throwable unknown = null;
        for (int i = 0; i < 3; i++) {
            String password = "wrong password " + (i + 2);
            long t0 = System.nanoTime();
            wrong = org.assertj.core.api.Assertions.catchThrowable(() -> login(known, password, address()));
            wrongNanos[i] = System.nanoTime() - t0;
            long t1 = System.nanoTime();
            unknown = org.assertj.core.api.Assertions.catchThrowable(
                    () -> login("nobody-" + UUID.randomUUID(), password, address()));
            unknownNanos[i] = System.nanoTime() - t1;
        }
        assertThat(wrong).isInstanceOf(BadCredentialsException.class);
        assertThat(unknown).isInstanceOf(BadCredentialsException.class).hasMessage(wrong.getMessage());
        java.util.Arrays.sort(wrongNanos);
        java.util.Arrays.sort(unknownNanos);
        // both run one Argon2 check: neither is a fraction of the other
        assertThat(unknownNanos[1]).isGreaterThan(wrongNanos[1] / 4);
        assertThat(wrongNanos[1]).isGreaterThan(unknownNanos[1] / 4);
    }

    @Test
    void a_disabled_account_gets_the_same_answer_as_a_wrong_password() {
        String username = account(Roles.POLICY);
        accountService.createDemoAccount(username, PASSWORD, Roles.POLICY, null);
        // disable directly through the repository path used by administrators
        accounts.signInAs(Roles.ADMIN, null);
        long id = accountService.staffAccounts().stream().filter(a -> a.username().equals(username)).findFirst()
                .orElseThrow().id();
        accountService.setEnabled(id, false);
        TestAccounts.signOut();
        assertThatThrownBy(() -> login(username, PASSWORD, address())).isInstanceOf(BadCredentialsException.class)
                .hasMessage(PortalAuthenticationProvider.GENERIC);
    }

    @Autowired
    TestAccounts accounts;

    @Test
    void oversized_input_of_100_kb_is_refused_cleanly() {
        String huge = "a".repeat(100 * 1024);
        assertThatThrownBy(() -> login(huge, PASSWORD, address())).isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> login(account(Roles.WORKER), huge, address()))
                .isInstanceOf(BadCredentialsException.class);
    }
}
