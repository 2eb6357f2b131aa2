package nl.erkenningsportaal.recognition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import nl.erkenningsportaal.IntegrationTest;
import nl.erkenningsportaal.account.PasswordRecovery;
import nl.erkenningsportaal.platform.Roles;
import nl.erkenningsportaal.account.SignedInUser;
import nl.erkenningsportaal.account.TestAccounts;
import nl.erkenningsportaal.platform.Refusal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Recovery without e-mail: an officer of her municipality who has seen her in person gives the worker a code, and she
 * sets a new password with it, once. Officers elsewhere, other roles and guessed codes get nothing.
 */
@IntegrationTest
class AccessRecoveryTest {

    static final String NEW_PASSWORD = "drie koffie op het plein";

    @Autowired
    RecognitionFixtures fixtures;

    @Autowired
    TestAccounts accounts;

    @Autowired
    AccessRecoveryService officers;

    @Autowired
    PasswordRecovery recovery;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder passwordEncoder;

    String source;

    @BeforeEach
    void ownSource() {
        source = "192.0.2." + UUID.randomUUID().toString().substring(0, 6);
    }

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    static void anonymous() {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new AnonymousAuthenticationToken("visitor", "anonymousUser",
                AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
        SecurityContextHolder.setContext(context);
    }

    long accountOf(long requestId) {
        return jdbc.queryForObject("SELECT worker_account_id FROM recognition_request WHERE id = ?", Long.class,
                requestId);
    }

    String codeFromAssen(long requestId) {
        TestAccounts.signIn(accounts.create(Roles.OFFICER, "GM0106"));
        try {
            return officers.issueCode(requestId, true).code();
        } finally {
            TestAccounts.signOut();
        }
    }

    @Test
    void an_officer_who_saw_her_gives_a_code_and_she_sets_a_new_password_with_it_once() {
        long request = fixtures.submittedInAssen("Herstel Persoon");
        long account = accountOf(request);
        String code = codeFromAssen(request);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE action = "
                + "'PASSWORD_RECOVERY_CODE_ISSUED' AND subject = ? AND actor_municipality = 'GM0106'", Integer.class,
                Long.toString(request))).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT code_hash FROM password_recovery_code WHERE account_id = ?",
                String.class, account)).as("only a hash is kept").doesNotContain(code.replace("-", ""));

        anonymous();
        String username = recovery.recover(code.toLowerCase().replace("-", " "), NEW_PASSWORD, source);
        assertThat(username).isEqualTo(jdbc.queryForObject("SELECT username FROM user_account WHERE id = ?",
                String.class, account));
        assertThat(passwordEncoder.matches(NEW_PASSWORD, jdbc.queryForObject(
                "SELECT password_hash FROM user_account WHERE id = ?", String.class, account))).isTrue();
        assertThatThrownBy(() -> recovery.recover(code, "nog een andere lange zin", source))
                .as("a code works once").isInstanceOf(Refusal.class).hasMessageContaining("recovery.error.code");
    }

    @Test
    void another_municipality_an_unseen_worker_and_other_roles_get_no_code() {
        long request = fixtures.submittedInAssen("Elders Persoon");
        TestAccounts.signIn(accounts.create(Roles.OFFICER, "GM1690"));
        assertThatThrownBy(() -> officers.issueCode(request, true)).isInstanceOf(Refusal.class)
                .hasMessageContaining("error.not-found");
        TestAccounts.signIn(accounts.create(Roles.OFFICER, "GM0106"));
        assertThatThrownBy(() -> officers.issueCode(request, false)).isInstanceOf(Refusal.class)
                .hasMessageContaining("recovery.error.seen");
        for (String role : new String[] {Roles.GGD, Roles.WORKER, Roles.COORDINATOR, Roles.ADMIN}) {
            TestAccounts.signIn(accounts.create(role, null));
            assertThatThrownBy(() -> officers.issueCode(request, true)).as(role)
                    .isInstanceOf(AuthorizationDeniedException.class);
            assertThatThrownBy(() -> recovery.issue(accountOf(request))).as(role)
                    .isInstanceOf(AuthorizationDeniedException.class);
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM password_recovery_code WHERE account_id = ?",
                Integer.class, accountOf(request))).isZero();
    }

    @Test
    void a_weak_password_is_refused_and_the_code_still_works_afterwards() {
        long request = fixtures.submittedInAssen("Zwak Persoon");
        String code = codeFromAssen(request);
        anonymous();
        assertThatThrownBy(() -> recovery.recover(code, "kort", source)).isInstanceOf(Refusal.class)
                .hasMessageContaining("error.password-length");
        assertThat(recovery.recover(code, NEW_PASSWORD, source)).isNotBlank();
    }

    @Test
    void a_new_code_replaces_the_earlier_one() {
        long request = fixtures.submittedInAssen("Twee Codes");
        String first = codeFromAssen(request);
        String second = codeFromAssen(request);
        anonymous();
        assertThatThrownBy(() -> recovery.recover(first, NEW_PASSWORD, source)).isInstanceOf(Refusal.class);
        assertThat(recovery.recover(second, NEW_PASSWORD, source)).isNotBlank();
    }

    @Test
    void after_ten_wrong_codes_a_source_is_refused_even_the_right_one() {
        long request = fixtures.submittedInAssen("Raad Persoon");
        String code = codeFromAssen(request);
        anonymous();
        for (int i = 0; i < 10; i++) {
            assertThatThrownBy(() -> recovery.recover("AAAA-BBBB-CCCC", NEW_PASSWORD, source))
                    .isInstanceOf(Refusal.class).hasMessageContaining("recovery.error.code");
        }
        assertThatThrownBy(() -> recovery.recover(code, NEW_PASSWORD, source)).isInstanceOf(Refusal.class)
                .hasMessageContaining("recovery.error.too-many");
        assertThat(recovery.recover(code, NEW_PASSWORD, "192.0.2.250")).as("another source is not blocked")
                .isNotBlank();
    }
}
