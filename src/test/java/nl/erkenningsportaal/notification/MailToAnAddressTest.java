package nl.erkenningsportaal.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import nl.erkenningsportaal.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A mail to someone without an account (the answer to a question asked without one) keeps her address only encrypted,
 * and not once the mail is undeliverable: the question form promises that the address is gone within 30 days, while a
 * dead mail's row is kept 90.
 */
@IntegrationTest
class MailToAnAddressTest {

    static final String NODE = "test-node-address";

    @Autowired
    MailOutbox outbox;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate tx;

    @Test
    void the_address_is_kept_encrypted_and_erased_when_the_mail_is_dead() {
        String address = "q" + UUID.randomUUID().toString().substring(0, 10) + "@example.org";
        // claimed by this test in the same transaction, so the background sender never takes it
        long id = tx.execute(s -> {
            outbox.queueTo(address, MailTemplate.QUESTION_ANSWERED, Locale.ENGLISH,
                    List.of("https://portaal.example/antwoord/x", "1 January"), null);
            Long mail = jdbc.queryForObject("SELECT MAX(id) FROM notification_mail WHERE account_id IS NULL",
                    Long.class);
            jdbc.update("UPDATE notification_mail SET status = 'SENDING', claimed_by = ?, lease_until = ? "
                    + "WHERE id = ?", NODE, LocalDateTime.now(ZoneOffset.UTC).plusHours(1), mail);
            return mail;
        });
        String stored = jdbc.queryForObject("SELECT recipient_enc FROM notification_mail WHERE id = ?",
                String.class, id);
        assertThat(stored).startsWith("v1.").doesNotContain(address);

        outbox.failed(id, NODE, 1, "SMTP 550", true);

        assertThat(jdbc.queryForObject("SELECT status FROM notification_mail WHERE id = ?", String.class, id))
                .isEqualTo("DEAD");
        assertThat(jdbc.queryForObject("SELECT recipient_enc FROM notification_mail WHERE id = ?", String.class,
                id)).isNull();
    }
}
