package nl.erkenningsportaal.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import nl.erkenningsportaal.IntegrationTest;
import nl.erkenningsportaal.platform.Refusal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * The password rules as a person meets them when signing up, through the real service and the real login: at least
 * 12 characters, 64 (and 128) accepted and usable to sign in, the most common passwords refused from a list of
 * 30,000 shipped with its source and licence, and every password stored as an Argon2id hash with the parameters
 * docs/security-tests.md states (OWASP's: 19 MiB memory, 2 iterations, parallelism 1).
 */
@IntegrationTest
class PasswordRulesTest {

    @Autowired
    AccountService accounts;

    @Autowired
    PortalAuthenticationProvider login;

    @Autowired
    JdbcTemplate jdbc;

    private static String username() {
        return "pw-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static String refusal(Runnable action) {
        try {
            action.run();
        } catch (Refusal r) {
            return r.messageKey();
        }
        return "accepted";
    }

    @Test
    void eleven_characters_are_refused_and_twelve_accepted() {
        assertThat(refusal(() -> accounts.registerWorker(username(), "Vlq9#trnp2x"))).isEqualTo("error.password-length");
        assertThat(refusal(() -> accounts.registerWorker(username(), "Vlq9#trnp2xW"))).isEqualTo("accepted");
    }

    @Test
    void sixty_four_and_a_hundred_and_twenty_eight_characters_are_accepted_whole_and_sign_in() {
        for (int length : List.of(64, 128)) {
            String password = passphrase(length);
            String username = username();
            accounts.registerWorker(username, password);
            assertThat(signsIn(username, password)).as(length + " characters").isTrue();
            // the whole password counts, not a prefix of it
            assertThat(signsIn(username, password.substring(0, length - 1) + "#")).isFalse();
        }
        assertThat(refusal(() -> accounts.registerWorker(username(), passphrase(129))))
                .isEqualTo("error.password-length");
    }

    @Test
    void the_most_common_passwords_are_refused_from_a_list_of_thirty_thousand_shipped_with_source_and_licence()
            throws IOException {
        assertThat(PasswordPolicy.commonListSize()).isGreaterThanOrEqualTo(10_000).isEqualTo(30_000);
        String list = resource("/security/common-passwords.txt");
        assertThat(list.lines().filter(l -> l.startsWith("#"))).anyMatch(l -> l.startsWith("# Source:"))
                .anyMatch(l -> l.contains("zxcvbn")).anyMatch(l -> l.startsWith("# Licence: MIT"));
        assertThat(resource("/security/common-passwords.LICENSE.txt")).contains("Dropbox, Inc.",
                "Permission is hereby granted, free of charge");

        String longestCommon = list.lines().filter(l -> !l.startsWith("#") && l.length() >= 12).findFirst()
                .orElseThrow();
        for (String common : List.of(longestCommon, "password1234", "qwertyuiop12", "Welkom012345!", "iloveyou2026",
                "abcabcabcabc")) {
            assertThat(refusal(() -> accounts.registerWorker(username(), common))).as(common)
                    .isEqualTo("security.error.password-common");
        }
        String username = "gebruikersnaam-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(refusal(() -> accounts.registerWorker(username, username.toUpperCase()))).as("the user name")
                .isEqualTo("security.error.password-common");
    }

    @Test
    void passwords_are_stored_as_argon2id_with_19_mib_2_iterations_and_parallelism_1() {
        String username = username();
        String password = "een lang wachtwoord voor de hash";
        accounts.registerWorker(username, password);
        String hash = jdbc.queryForObject("SELECT password_hash FROM user_account WHERE username = ?", String.class,
                username);
        assertThat(hash).startsWith("$argon2id$v=19$m=19456,t=2,p=1$").doesNotContain(password);
        // a 16-byte salt and a 32-byte hash, base64 without padding
        String[] parts = hash.split("\\$");
        assertThat(parts[4]).hasSize(22);
        assertThat(parts[5]).hasSize(43);
    }

    private boolean signsIn(String username, String password) {
        UsernamePasswordAuthenticationToken token = UsernamePasswordAuthenticationToken.unauthenticated(username,
                password);
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr("10.9." + (int) (Math.random() * 250) + "." + (int) (Math.random() * 250));
        token.setDetails(new WebAuthenticationDetails(request));
        try {
            return login.authenticate(token).isAuthenticated();
        } catch (org.springframework.security.core.AuthenticationException refused) {
            return false;
        }
    }

    /** A passphrase of exactly {@code length} characters: words, spaces, digits and non-ASCII letters. */
    private static String passphrase(int length) {
        String words = String.join(" ", Arrays.asList("zeven", "blauwe", "fietsen", "€", "kruisen", "één", "gracht",
                "onder", "de", "maan", "bij", "Assen", "1987", "ñandú", "lófotos", "quarenta", "en", "nog", "wat"));
        StringBuilder sb = new StringBuilder();
        while (sb.length() < length) {
            sb.append(words).append(' ');
        }
        return sb.substring(0, length);
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = PasswordRulesTest.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
