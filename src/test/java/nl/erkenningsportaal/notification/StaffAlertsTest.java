package nl.erkenningsportaal.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import nl.erkenningsportaal.IntegrationTest;
import nl.erkenningsportaal.TestClock;
import nl.erkenningsportaal.platform.Roles;
import nl.erkenningsportaal.account.SignedInUser;
import nl.erkenningsportaal.account.TestAccounts;
import nl.erkenningsportaal.consultation.BookingRequest;
import nl.erkenningsportaal.consultation.ConsultationFixtures;
import nl.erkenningsportaal.consultation.MyBooking;
import nl.erkenningsportaal.consultation.SessionSummary;
import nl.erkenningsportaal.consultation.WorkerBookingService;
import nl.erkenningsportaal.recognition.RecognitionFixtures;
import nl.erkenningsportaal.recognition.RequestSubmitted;
import nl.erkenningsportaal.recognition.WorkerRecognitionService;
import nl.erkenningsportaal.signal.Indicator;
import nl.erkenningsportaal.signal.NewSignal;
import nl.erkenningsportaal.signal.SignalService;
import nl.erkenningsportaal.signal.Urgency;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Alerts reach the staff whose work it is, and only them: a notice in the portal and, as each chose, a discreet mail
 * at once (read from a real SMTP server), a daily digest, or nothing by mail.
 */
@IntegrationTest
class StaffAlertsTest {

    static final String SUBJECT = "Er staat iets voor u klaar in het portaal";

    @Autowired
    ApplicationContext ctx;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    MailDispatcher dispatcher;

    @Autowired
    EmbeddedSmtp smtp;

    @Autowired
    StaffAlertService alerts;

    @Autowired
    StaffAlertDigest digest;

    @Autowired
    SignalService signals;

    @Autowired
    RecognitionFixtures recognition;

    @Autowired
    WorkerRecognitionService workers;

    @Autowired
    ConsultationFixtures consultation;

    @Autowired
    WorkerBookingService bookings;

    @Autowired
    TestAccounts accounts;

    @Autowired
    TestClock clock;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    List<String> kindsOf(long accountId) {
        return jdbc.queryForList("SELECT kind FROM staff_alert WHERE account_id = ? ORDER BY id", String.class,
                accountId);
    }

    List<ReceivedMails.Mail> mailTo(StaffWithMail.Staff staff) {
        dispatcher.sendDue();
        return ReceivedMails.to(smtp.greenMail(), staff.email());
    }

    void awaitKinds(StaffWithMail.Staff staff, String... kinds) {
        await().atMost(Duration.ofSeconds(30)).until(() -> kindsOf(staff.id()).size() >= kinds.length);
        assertThat(kindsOf(staff.id())).containsExactlyInAnyOrder(kinds);
    }

    long escalatedSignal(String municipality, Urgency urgency) {
        accounts.signInAs(Roles.OFFICER, municipality);
        long id = signals.raise(new NewSignal(null, null, Set.of(Indicator.FEAR), "Bang voor de vriend", urgency));
        signals.escalate(id);
        TestAccounts.signOut();
        return id;
    }

    @Test
    void an_escalated_signal_mails_the_coordinator_at_once_discreetly_and_tells_no_officer() {
        var coordinator = StaffWithMail.create(ctx, Roles.COORDINATOR, null);
        var officer = StaffWithMail.create(ctx, Roles.OFFICER, "GM1690");

        long signal = escalatedSignal("GM1690", Urgency.HIGH);

        awaitKinds(coordinator, "SIGNAL_ESCALATED");
        await().atMost(Duration.ofSeconds(30)).until(() -> mailTo(coordinator).size() == 1);
        ReceivedMails.Mail mail = mailTo(coordinator).getFirst();
        assertThat(mail.subject()).isEqualTo(SUBJECT);
        assertThat(mail.text()).contains("/meldingen").doesNotContain("#" + signal).doesNotContain("signa");
        assertThat(MailTemplatesTest.check(mail.subject(), mail.all())).isEmpty();

        TestAccounts.signIn(coordinator.user());
        assertThat(alerts.myAlerts()).singleElement().satisfies(a -> {
            assertThat(a.subjectId()).isEqualTo(signal);
            assertThat(a.path()).isEqualTo("signalen/signaal/" + signal);
            assertThat(a.unread()).isTrue();
        });
        assertThat(kindsOf(officer.id())).as("the officer who raised nothing is not alerted").isEmpty();
        assertThat(mailTo(officer)).isEmpty();
    }

    @Test
    void an_immediate_signal_is_mailed_at_once_even_to_a_coordinator_who_chose_the_daily_digest() {
        var coordinator = StaffWithMail.create(ctx, Roles.COORDINATOR, null);
        TestAccounts.signIn(coordinator.user());
        alerts.choose(AlertKind.SIGNAL_ESCALATED, AlertDelivery.DAILY_DIGEST);
        assertThatThrownBy(() -> alerts.choose(AlertKind.SIGNAL_IMMEDIATE, AlertDelivery.PORTAL_ONLY))
                .hasMessage("notification.alerts.always-at-once");
        TestAccounts.signOut();

        escalatedSignal("GM0106", Urgency.MEDIUM);
        awaitKinds(coordinator, "SIGNAL_ESCALATED");
        assertThat(mailTo(coordinator)).as("a medium signal waits for the digest").isEmpty();

        escalatedSignal("GM0106", Urgency.IMMEDIATE);
        awaitKinds(coordinator, "SIGNAL_ESCALATED", "SIGNAL_IMMEDIATE");
        await().atMost(Duration.ofSeconds(30)).until(() -> mailTo(coordinator).size() == 1);
    }

    @Test
    void a_new_request_and_a_workers_message_alert_the_officers_of_her_municipality_and_no_other() {
        var assen = StaffWithMail.create(ctx, Roles.OFFICER, "GM0106");
        var assenWithoutMail = StaffWithMail.withoutMail(ctx, Roles.OFFICER, "GM0106");
        var deWolden = StaffWithMail.create(ctx, Roles.OFFICER, "GM1690");
        var ggd = StaffWithMail.create(ctx, Roles.GGD, null);

        SignedInUser worker = recognition.signedInWorker();
        long request = workers.submit(new nl.erkenningsportaal.recognition.NewRequest(
                RecognitionFixtures.identity("Ana Souza", "9401 AB"), null));
        workers.sendMessage("Ik kan dinsdag niet");
        TestAccounts.signOut();

        awaitKinds(assen, "REQUEST_SUBMITTED", "WORKER_MESSAGE");
        awaitKinds(assenWithoutMail, "REQUEST_SUBMITTED", "WORKER_MESSAGE");
        await().atMost(Duration.ofSeconds(30)).until(() -> mailTo(assen).size() == 2);
        assertThat(mailTo(assen)).allSatisfy(m -> {
            assertThat(m.subject()).isEqualTo(SUBJECT);
            assertThat(m.all()).doesNotContain("Ana").doesNotContain("Souza").doesNotContain("Kerkstraat")
                    .doesNotContain("dinsdag").doesNotContain("aanvraag");
            // the request's number (the html's style carries digits of its own, so the text part is checked)
            assertThat(m.text()).doesNotContainPattern("(?<![0-9])" + request + "(?![0-9])");
            assertThat(m.fromName()).isEqualTo("Gemeente Assen");
            assertThat(MailTemplatesTest.check(m.subject(), m.all())).isEmpty();
        });
        assertThat(kindsOf(deWolden.id())).as("another municipality's officer").isEmpty();
        assertThat(kindsOf(ggd.id())).as("the GGD").isEmpty();
        assertThat(mailTo(deWolden)).isEmpty();
        assertThat(kindsOf(worker.id())).isEmpty();
    }

    @Test
    void the_daily_digest_counts_what_came_in_once_and_portal_only_mails_nothing() {
        // Borger-Odoorn: no other test sends its officers anything
        var digestReader = StaffWithMail.create(ctx, Roles.OFFICER, "GM1681");
        var portalOnly = StaffWithMail.create(ctx, Roles.OFFICER, "GM1681");
        TestAccounts.signIn(digestReader.user());
        alerts.choose(AlertKind.REQUEST_SUBMITTED, AlertDelivery.DAILY_DIGEST);
        TestAccounts.signIn(portalOnly.user());
        alerts.choose(AlertKind.REQUEST_SUBMITTED, AlertDelivery.PORTAL_ONLY);
        TestAccounts.signOut();

        // two requests submitted online (a door registration, worker 0, is the officers' own work and alerts nobody)
        long applicant = ctx.getBean(TestAccounts.class).create(Roles.WORKER, null).id();
        tx.executeWithoutResult(s -> {
            events.publishEvent(new RequestSubmitted(900_001, applicant, "GM1681"));
            events.publishEvent(new RequestSubmitted(900_002, applicant, "GM1681"));
        });
        awaitKinds(digestReader, "REQUEST_SUBMITTED", "REQUEST_SUBMITTED");
        awaitKinds(portalOnly, "REQUEST_SUBMITTED", "REQUEST_SUBMITTED");
        assertThat(mailTo(digestReader)).as("nothing before the digest").isEmpty();

        tx.executeWithoutResult(s -> digest.send());
        List<ReceivedMails.Mail> digests = mailTo(digestReader);
        assertThat(digests).singleElement().satisfies(m -> {
            assertThat(m.subject()).isEqualTo("Uw overzicht van het portaal");
            assertThat(m.text()).contains("nieuwe meldingen voor u: 2").contains("/meldingen");
            assertThat(MailTemplatesTest.check(m.subject(), m.all())).isEmpty();
        });
        tx.executeWithoutResult(s -> digest.send());
        assertThat(mailTo(digestReader)).as("the next digest has nothing new to count").hasSize(1);
        assertThat(mailTo(portalOnly)).isEmpty();
    }

    @Test
    void a_full_session_and_a_cancellation_at_short_notice_alert_the_ggd_and_no_officer() {
        var ggd = StaffWithMail.create(ctx, Roles.GGD, null);
        var officer = StaffWithMail.create(ctx, Roles.OFFICER, "GM0106");
        SessionSummary session = consultation.sessionNextWeek(1);
        List<Long> slots = consultation.slots(session);
        MyBooking last = null;
        for (long slot : slots) {
            recognition.signedInWorker();
            last = bookings.book(new BookingRequest(slot, "GM0106", "nl", false, null, null));
        }
        awaitKinds(ggd, "SESSION_FULL");

        // twelve hours before the last booking's time, its worker cancels
        LocalDateTime start = last.date().atTime(last.start());
        clock.shift(Duration.between(LocalDateTime.now(), start.minusHours(12)));
        bookings.cancel(last.id());
        awaitKinds(ggd, "SESSION_FULL", "BOOKING_CANCELLED_LATE");
        await().atMost(Duration.ofSeconds(30)).until(() -> mailTo(ggd).size() == 1);
        assertThat(mailTo(ggd).getFirst().fromName()).isEqualTo("Uw gemeente");
        TestAccounts.signIn(ggd.user());
        assertThat(alerts.myAlerts()).allSatisfy(a -> assertThat(a.subjectId()).isEqualTo(session.id()));
        assertThat(kindsOf(officer.id())).isEmpty();
    }
}
