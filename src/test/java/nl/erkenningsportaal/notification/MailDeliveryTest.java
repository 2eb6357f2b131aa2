package nl.erkenningsportaal.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import nl.erkenningsportaal.IntegrationTest;
import nl.erkenningsportaal.account.SignedInUser;
import nl.erkenningsportaal.account.TestAccounts;
import nl.erkenningsportaal.platform.Roles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A real SMTP server (the embedded GreenMail) receives each kind of message, in the worker's language, from the
 * right sender, with no word or number that gives the portal away.
 */
@IntegrationTest
class MailDeliveryTest {

    @Autowired
    ApplicationContext ctx;

    @Autowired
    EmbeddedSmtp smtp;

    @Autowired
    Notifications notifications;

    @Autowired
    Appointments appointments;

    @Autowired
    MailDispatcher dispatcher;

    @Autowired
    InboxService inbox;

    @Autowired
    TestAccounts accounts;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    List<ReceivedMails.Mail> received(MailTestWorkers.Worker worker) {
        dispatcher.sendDue();
        return ReceivedMails.to(smtp.greenMail(), worker.email());
    }

    static void assertDiscreet(ReceivedMails.Mail mail) {
        assertThat(MailTemplatesTest.check(mail.subject(), mail.all())).isEmpty();
    }

    @Test
    void a_portal_message_arrives_in_dutch_from_the_municipality_and_says_only_that_there_is_news() {
        var worker = MailTestWorkers.withConfirmedEmail(ctx, Locale.of("nl"));
        tx.executeWithoutResult(s -> notifications.tell(worker.id(), "GM0106",
                "notification.inbox.request-submitted", List.of()));

        List<ReceivedMails.Mail> mails = received(worker);
        assertThat(mails).hasSize(1);
        ReceivedMails.Mail mail = mails.getFirst();
        assertThat(mail.subject()).isEqualTo("Nieuw bericht in uw portaal");
        assertThat(mail.fromName()).isEqualTo("Gemeente Assen");
        assertThat(mail.text()).contains("Er staat een nieuw bericht voor u klaar", "/berichten");
        assertThat(mail.html()).contains("<a href=\"http://localhost:8080/berichten\">");
        assertDiscreet(mail);
    }

    @Test
    void each_appointment_mail_arrives_in_the_workers_language_with_its_calendar_invitation() {
        var worker = MailTestWorkers.withConfirmedEmail(ctx, Locale.ENGLISH);
        String ref = "t-" + UUID.randomUUID();
        LocalDateTime start = LocalDateTime.now(clock).plusDays(10).withHour(14).withMinute(30).withSecond(0)
                .withNano(0);
        Appointment booked = new Appointment(ref, worker.id(), start, start.plusMinutes(20), "GGD Drenthe, Assen");
        tx.executeWithoutResult(s -> appointments.confirmed(booked));
        tx.executeWithoutResult(s -> appointments.changed(new Appointment(ref, worker.id(), start.plusDays(1),
                start.plusDays(1).plusMinutes(20), "GGD Drenthe, Assen")));
        tx.executeWithoutResult(s -> appointments.cancelled(ref, false));

        List<ReceivedMails.Mail> mails = received(worker);
        assertThat(mails).extracting(ReceivedMails.Mail::subject).containsExactlyInAnyOrder(
                "Your appointment at the GGD", "Your appointment at the GGD has changed",
                "Your appointment at the GGD is cancelled");
        assertThat(mails).allSatisfy(m -> {
            assertDiscreet(m);
            assertThat(m.calendars()).hasSize(1);
            assertThat(m.calendars().getFirst()).contains("UID:" + Appointments.uid(ref) + "@localhost", "SUMMARY:GGD appointment",
                    "TZID=Europe/Amsterdam");
        });
        assertThat(mails).filteredOn(m -> m.subject().endsWith("cancelled")).singleElement()
                .satisfies(m -> assertThat(m.calendars().getFirst()).contains("METHOD:CANCEL", "SEQUENCE:2"));
        assertThat(mails).filteredOn(m -> m.subject().endsWith("changed")).singleElement()
                .satisfies(m -> assertThat(m.calendars().getFirst()).contains("METHOD:REQUEST", "SEQUENCE:1"));

        TestAccounts.signIn(new SignedInUser(worker.id(), "w", Roles.WORKER, null, null));
        assertThat(inbox.myMessages()).extracting(InboxMessage::subjectKey).containsExactly(
                "notification.inbox.appointment-cancelled.subject", "notification.inbox.appointment-changed.subject",
                "notification.inbox.appointment-confirmed.subject");
    }

    @Test
    void session_cancelled_and_place_available_arrive_in_spanish_and_portuguese() {
        var spanish = MailTestWorkers.withConfirmedEmail(ctx, Locale.of("es"));
        var portuguese = MailTestWorkers.withConfirmedEmail(ctx, Locale.of("pt"));
        LocalDateTime start = LocalDateTime.now(clock).plusDays(5).withHour(10).withMinute(0).withSecond(0).withNano(0);
        String ref = "t-" + UUID.randomUUID();
        tx.executeWithoutResult(s -> appointments.confirmed(new Appointment(ref, spanish.id(), start,
                start.plusMinutes(15), "GGD Drenthe")));
        tx.executeWithoutResult(s -> appointments.cancelled(ref, true));
        tx.executeWithoutResult(s -> appointments.placeGiven(new Appointment("t-" + UUID.randomUUID(),
                portuguese.id(), start, start.plusMinutes(15), "GGD Drenthe")));

        assertThat(received(spanish)).extracting(ReceivedMails.Mail::subject)
                .contains("Su cita en la GGD no tendrá lugar");
        assertThat(received(portuguese)).singleElement().satisfies(m -> {
            assertThat(m.subject()).isEqualTo("Há uma vaga na GGD");
            assertThat(m.calendars().getFirst()).contains("SUMMARY:Consulta GGD");
            assertDiscreet(m);
        });
    }

    @Test
    void the_reminder_goes_out_once_when_it_is_due() {
        var worker = MailTestWorkers.withConfirmedEmail(ctx, Locale.of("nl"));
        String ref = "t-" + UUID.randomUUID();
        LocalDateTime start = LocalDateTime.now(clock).plusDays(3);
        tx.executeWithoutResult(s -> appointments.confirmed(new Appointment(ref, worker.id(), start,
                start.plusMinutes(15), "GGD Drenthe")));
        appointments.queueDueReminders();
        assertThat(received(worker)).hasSize(1); // only the confirmation: the reminder is not due yet

        jdbc.update("UPDATE notification_booking SET reminder_due_at = ? WHERE booking_ref = ?",
                MailOutbox.utc(clock.instant().minusSeconds(1)), ref);
        assertThat(appointments.queueDueReminders()).isGreaterThanOrEqualTo(1);
        appointments.queueDueReminders();
        List<ReceivedMails.Mail> mails = received(worker);
        assertThat(mails).extracting(ReceivedMails.Mail::subject)
                .containsExactlyInAnyOrder("Uw afspraak bij de GGD", "Herinnering: uw afspraak bij de GGD");
        mails.forEach(MailDeliveryTest::assertDiscreet);
    }

    @Test
    void a_worker_without_a_confirmed_address_gets_the_inbox_message_only() {
        SignedInUser worker = accounts.create(Roles.WORKER, null);
        tx.executeWithoutResult(s -> notifications.tell(worker.id(), "GM0106",
                "notification.inbox.request-submitted", List.of()));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM notification_mail WHERE account_id = ?", Integer.class,
                worker.id())).isZero();
        TestAccounts.signIn(worker);
        assertThat(inbox.myUnreadCount()).isEqualTo(1);
    }
}
