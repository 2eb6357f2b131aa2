package nl.erkenningsportaal.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Random;
import nl.erkenningsportaal.IntegrationTest;
import nl.erkenningsportaal.account.SignedInUser;
import nl.erkenningsportaal.account.TestAccounts;
import nl.erkenningsportaal.platform.Roles;
import nl.erkenningsportaal.recognition.IntakePlanned;
import nl.erkenningsportaal.recognition.OfficerMessageSent;
import nl.erkenningsportaal.recognition.RecognitionExpiring;
import nl.erkenningsportaal.recognition.RecognitionGranted;
import nl.erkenningsportaal.recognition.RequestDeclined;
import nl.erkenningsportaal.recognition.RequestSubmitted;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** The recognition module's events reach the worker's inbox, and (with a confirmed address) a discreet mail. */
@IntegrationTest
class RecognitionNotificationsTest {

    @Autowired
    ApplicationContext ctx;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    InboxService inbox;

    @Autowired
    MailDispatcher dispatcher;

    @Autowired
    EmbeddedSmtp smtp;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    int inboxCount(long accountId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM inbox_message WHERE account_id = ?", Integer.class,
                accountId);
    }

    @Test
    void each_step_of_a_request_lands_in_the_inbox_and_mails_only_that_there_is_news() throws Exception {
        var worker = MailTestWorkers.withConfirmedEmail(ctx, Locale.of("es"));
        long id = worker.id();
        tx.executeWithoutResult(s -> {
            events.publishEvent(new RequestSubmitted(101, id, "GM1690"));
            events.publishEvent(new IntakePlanned(101, id, "GM1690", LocalDateTime.of(2026, 12, 8, 10, 15)));
            events.publishEvent(new RecognitionGranted(101, id, "GM1690", LocalDate.of(2028, 12, 8), false));
            events.publishEvent(new RequestDeclined(102, id, "GM1690"));
            events.publishEvent(new OfficerMessageSent(101, id, "GM1690"));
            events.publishEvent(new RecognitionExpiring(101, id, "GM1690", LocalDate.of(2028, 12, 8)));
        });
        ReceivedMails.await(Duration.ofSeconds(20), () -> inboxCount(id) == 6);

        TestAccounts.signIn(new SignedInUser(id, "w", Roles.WORKER, null, null));
        assertThat(inbox.myMessages()).extracting(InboxMessage::subjectKey).containsExactlyInAnyOrder(
                "notification.inbox.request-submitted.subject", "notification.inbox.intake-planned.subject",
                "notification.inbox.granted.subject", "notification.inbox.declined.subject",
                "notification.inbox.officer-message.subject", "notification.inbox.expiring.subject");
        assertThat(inbox.myMessages()).filteredOn(m -> m.subjectKey().contains("intake")).singleElement()
                .satisfies(m -> assertThat(m.arguments()).containsExactly("2026-12-08T10:15"));

        ReceivedMails.await(Duration.ofSeconds(20), () -> {
            dispatcher.sendDue();
            return ReceivedMails.to(smtp.greenMail(), worker.email()).size() == 6;
        });
        assertThat(ReceivedMails.to(smtp.greenMail(), worker.email())).hasSize(6).allSatisfy(m -> {
            assertThat(m.subject()).isEqualTo("Nuevo mensaje en su portal");
            assertThat(m.fromName()).isEqualTo("Gemeente De Wolden");
            assertThat(MailTemplatesTest.check(m.subject(), m.all())).isEmpty();
        });
    }

    @Test
    void a_door_registration_not_yet_claimed_online_notifies_nobody() {
        long requestId = 1_000_000 + new Random().nextInt(1_000_000);
        long lastInboxMessage = jdbc.queryForObject("SELECT COALESCE(MAX(id), 0) FROM inbox_message", Long.class);
        long lastMail = jdbc.queryForObject("SELECT COALESCE(MAX(id), 0) FROM notification_mail", Long.class);
        tx.executeWithoutResult(s -> events.publishEvent(new RequestSubmitted(requestId, 0, "GM0106")));

        // the listener ran and did not fail: Spring Modulith forgets a publication only once it is handled
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForObject("SELECT COUNT(*) FROM "
                + "EVENT_PUBLICATION WHERE serialized_event LIKE ?", Integer.class,
                "%\"requestId\":" + requestId + ",%") == 0);
        assertThat(jdbc.queryForList("SELECT subject_key FROM inbox_message WHERE id > ?", String.class,
                lastInboxMessage)).as("inbox messages since the door registration")
                .noneMatch(key -> key.contains("request-submitted"));
        assertThat(jdbc.queryForList("SELECT template FROM notification_mail WHERE id > ?", String.class, lastMail))
                .as("mails since the door registration").isEmpty();
    }
}
