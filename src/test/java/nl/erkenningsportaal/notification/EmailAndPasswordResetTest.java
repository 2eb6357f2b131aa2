package nl.erkenningsportaal.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.erkenningsportaal.IntegrationTest;
import nl.erkenningsportaal.account.AccountContacts;
import nl.erkenningsportaal.account.EmailAddressService;
import nl.erkenningsportaal.account.PasswordResetService;
import nl.erkenningsportaal.account.SignedInUser;
import nl.erkenningsportaal.account.TestAccounts;
import nl.erkenningsportaal.platform.Refusal;
import nl.erkenningsportaal.platform.Roles;
import org.apache.commons.codec.digest.DigestUtils;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;

@IntegrationTest
class EmailAndPasswordResetTest {

    static final Pattern CONFIRM = Pattern.compile("/e-mail-bevestigen/([0-9a-f]{64})");
    static final Pattern RESET = Pattern.compile("/wachtwoord-herstellen/([0-9a-f]{64})");

    @Autowired
    ApplicationContext ctx;

    @Autowired
    EmailAddressService emails;

    @Autowired
    PasswordResetService resets;

    @Autowired
    AccountContacts contacts;

    @Autowired
    MailDispatcher dispatcher;

    @Autowired
    EmbeddedSmtp smtp;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder passwordEncoder;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    String linkIn(String address, Pattern pattern) {
        dispatcher.sendDue();
        return ReceivedMails.to(smtp.greenMail(), address).stream().map(m -> pattern.matcher(m.text()))
                .filter(Matcher::find).map(m -> m.group(1)).reduce((a, b) -> b).orElseThrow();
    }

    @Test
    void a_new_address_gets_mail_only_after_the_worker_confirmed_it_with_the_single_use_link() {
        SignedInUser worker = accounts.signInAs(Roles.WORKER, null);
        String address = "c" + UUID.randomUUID().toString().substring(0, 10) + "@example.org";
        emails.changeMyEmail(address);
        assertThat(emails.myEmail().confirmed()).isFalse();
        assertThat(contacts.mailContactOf(worker.id())).isEmpty();

        String token = linkIn(address, CONFIRM);
        assertThat(ReceivedMails.to(smtp.greenMail(), address)).singleElement()
                .satisfies(m -> assertThat(m.subject()).isEqualTo("Bevestig uw e-mailadres"));
        TestAccounts.signOut();
        assertThat(emails.confirm(token)).isTrue();
        assertThat(emails.confirm(token)).as("a link works once").isFalse();
        assertThat(contacts.mailContactOf(worker.id())).get().extracting(c -> c.email()).isEqualTo(address);
        String stored = jdbc.queryForObject("SELECT CONCAT(email, ' ', email_lookup) FROM user_account WHERE id = ?",
                String.class, worker.id());
        assertThat(stored).as("encrypted at rest, found by a keyed hash").startsWith("v1.")
                .doesNotContain(address).doesNotContain(address.substring(0, address.indexOf('@')));
    }

    @Test
    void a_confirmation_link_for_an_address_the_worker_has_since_replaced_confirms_nothing() {
        SignedInUser worker = accounts.signInAs(Roles.WORKER, null);
        String first = "f" + UUID.randomUUID().toString().substring(0, 10) + "@example.org";
        emails.changeMyEmail(first);
        String oldToken = linkIn(first, CONFIRM);
        emails.changeMyEmail("s" + UUID.randomUUID().toString().substring(0, 10) + "@example.org");
        assertThat(emails.confirm(oldToken)).isFalse();
        assertThat(contacts.mailContactOf(worker.id())).isEmpty();
    }

    @Test
    void only_a_worker_sets_an_address() {
        accounts.signInAs(Roles.OFFICER, "GM0106");
        assertThatThrownBy(() -> emails.changeMyEmail("officer@example.org"))
                .isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    void a_worker_resets_the_password_once_with_the_link_in_their_language() {
        var worker = MailTestWorkers.withConfirmedEmail(ctx, Locale.of("pt"));
        resets.requestReset(worker.email().toUpperCase(Locale.ROOT));
        String token = linkIn(worker.email(), RESET);
        assertThat(ReceivedMails.to(smtp.greenMail(), worker.email())).singleElement()
                .satisfies(m -> assertThat(m.subject()).isEqualTo("Definir uma nova senha"));

        assertThat(resets.usable(token)).isTrue();
        assertThatThrownBy(() -> resets.reset(token, "short")).isInstanceOf(Refusal.class);
        assertThat(resets.usable(token)).as("a refused password does not use the link up").isTrue();
        resets.reset(token, "a brand new passphrase");
        String hash = jdbc.queryForObject("SELECT password_hash FROM user_account WHERE id = ?", String.class,
                worker.id());
        assertThat(passwordEncoder.matches("a brand new passphrase", hash)).isTrue();
        assertThatThrownBy(() -> resets.reset(token, "another new passphrase")).isInstanceOf(Refusal.class)
                .extracting(e -> ((Refusal) e).messageKey()).isEqualTo("notification.reset.invalid");
        assertThat(jdbc.queryForObject("SELECT token_hash FROM notification_token WHERE account_id = ?",
                String.class, worker.id())).as("only the hash is stored").isEqualTo(DigestUtils.sha256Hex(token))
                .isNotEqualTo(token);
    }

    @Test
    void an_unknown_or_unconfirmed_address_gets_the_same_silence_and_no_token() {
        long before = jdbc.queryForObject("SELECT COUNT(*) FROM notification_token", Long.class);
        resets.requestReset("nobody-" + UUID.randomUUID() + "@example.org");
        resets.requestReset("not an address");
        SignedInUser worker = accounts.signInAs(Roles.WORKER, null);
        String unconfirmed = "u" + UUID.randomUUID().toString().substring(0, 10) + "@example.org";
        emails.changeMyEmail(unconfirmed);
        TestAccounts.signOut();
        long afterConfirmationMail = jdbc.queryForObject("SELECT COUNT(*) FROM notification_token", Long.class);
        resets.requestReset(unconfirmed);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM notification_token", Long.class))
                .isEqualTo(afterConfirmationMail).isEqualTo(before + 1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM notification_mail WHERE account_id = ? "
                + "AND template = 'RESET_PASSWORD'", Long.class, worker.id())).isZero();
    }

    @Test
    void an_expired_link_is_refused() {
        var worker = MailTestWorkers.withConfirmedEmail(ctx, Locale.of("nl"));
        resets.requestReset(worker.email());
        String token = linkIn(worker.email(), RESET);
        jdbc.update("UPDATE notification_token SET expires_at = ? WHERE token_hash = ?",
                java.time.LocalDateTime.of(2020, 1, 1, 0, 0), DigestUtils.sha256Hex(token));
        assertThat(resets.usable(token)).isFalse();
        assertThatThrownBy(() -> resets.reset(token, "a brand new passphrase")).isInstanceOf(Refusal.class);
        assertThat(List.of(token)).allMatch(t -> t.matches("[0-9a-f]{64}"));
    }
}
