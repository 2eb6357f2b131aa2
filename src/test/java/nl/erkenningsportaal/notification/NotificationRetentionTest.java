package nl.erkenningsportaal.notification;

import static java.time.temporal.ChronoUnit.DAYS;
import static java.time.temporal.ChronoUnit.MONTHS;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import nl.erkenningsportaal.IntegrationTest;
import nl.erkenningsportaal.platform.Roles;
import nl.erkenningsportaal.account.TestAccounts;
import nl.erkenningsportaal.privacy.Clocks;
import nl.erkenningsportaal.privacy.ProcessingRegister;
import nl.erkenningsportaal.privacy.RetentionRuleTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** Inbox messages, mail rows and appointment notices go after their terms. */
@IntegrationTest
class NotificationRetentionTest {

    @Autowired
    NotificationRetention retention;

    @Autowired
    ProcessingRegister register;

    @Autowired
    InboxService inbox;

    @Autowired
    MailOutbox outbox;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate tx;

    private long worker() {
        return accounts.create(Roles.WORKER, null).id();
    }

    @Test
    @RetentionRuleTest("notification.inbox")
    void inbox_messages_are_erased_the_regions_term_after_they_arrived() {
        long worker = worker();
        inbox.deliver(worker, "notification.inbox.declined.subject", "notification.inbox.declined.body", List.of());
        int months = register.amount(NotificationRetention.INBOX.id(), null);

        retention.run(Clocks.justBefore(months, MONTHS));
        assertThat(count("inbox_message WHERE account_id = ?", worker)).isOne();
        retention.run(Clocks.justAfter(months, MONTHS));
        assertThat(count("inbox_message WHERE account_id = ?", worker)).isZero();
    }

    @Test
    @RetentionRuleTest({"notification.mail.sent", "notification.mail.dead"})
    void a_sent_mails_row_goes_after_30_days_an_undeliverable_one_after_90_and_a_queued_one_stays() {
        long sent = worker();
        long dead = worker();
        long queued = worker();
        for (long account : new long[] {sent, dead, queued}) {
            tx.executeWithoutResult(s -> outbox.queue(account, MailTemplate.PORTAL_MESSAGE, Locale.of("nl"),
                    List.of("https://portaal.example/berichten"), null, null, false));
        }
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        jdbc.update("UPDATE notification_mail SET status = 'SENT', sent_at = ? WHERE account_id = ?", now, sent);
        jdbc.update("UPDATE notification_mail SET status = 'DEAD', last_error = '550' WHERE account_id = ?", dead);

        retention.run(Clocks.after(29, DAYS, 0));
        assertThat(count("notification_mail WHERE account_id IN (?, ?, ?)", sent, dead, queued)).isEqualTo(3);
        retention.run(Clocks.after(31, DAYS, 0));
        assertThat(count("notification_mail WHERE account_id = ?", sent)).isZero();
        assertThat(count("notification_mail WHERE account_id = ?", dead)).isOne();
        retention.run(Clocks.after(91, DAYS, 0));
        assertThat(count("notification_mail WHERE account_id = ?", dead)).isZero();
        assertThat(count("notification_mail WHERE account_id = ?", queued)).isOne();
    }

    @Test
    @RetentionRuleTest("notification.appointment")
    void the_calendar_state_of_an_appointment_goes_a_week_after_it_ended() {
        long worker = worker();
        String ref = "test-" + UUID.randomUUID();
        // at ten in the morning, so that the test means the same shortly before midnight
        LocalDateTime start = LocalDate.now(Clocks.AMSTERDAM).plusDays(3).atTime(10, 0);
        jdbc.update("INSERT INTO notification_booking (booking_ref, account_id, starts_at, ends_at, location) "
                + "VALUES (?, ?, ?, ?, 'GGD Assen')", ref, worker, start, start.plusMinutes(30));

        retention.run(Clocks.after(3 + 6, DAYS, 0));
        assertThat(count("notification_booking WHERE booking_ref = ?", ref)).isOne();
        retention.run(Clocks.after(3 + 8, DAYS, 0));
        assertThat(count("notification_booking WHERE booking_ref = ?", ref)).isZero();
    }

    private int count(String fromWhere, Object... args) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + fromWhere, Integer.class, args);
    }
}
