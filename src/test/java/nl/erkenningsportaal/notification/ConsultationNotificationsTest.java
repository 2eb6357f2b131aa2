package nl.erkenningsportaal.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import nl.erkenningsportaal.IntegrationTest;
import nl.erkenningsportaal.account.SignedInUser;
import nl.erkenningsportaal.account.TestAccounts;
import nl.erkenningsportaal.consultation.BookingRequest;
import nl.erkenningsportaal.consultation.ConsultationFixtures;
import nl.erkenningsportaal.consultation.GgdConsultationService;
import nl.erkenningsportaal.consultation.SessionSummary;
import nl.erkenningsportaal.consultation.WorkerBookingService;
import nl.erkenningsportaal.platform.Roles;
import nl.erkenningsportaal.privacy.FieldCipher;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@IntegrationTest
class ConsultationNotificationsTest {

    @Autowired
    FieldCipher cipher;

    @Autowired
    ConsultationFixtures fixtures;

    @Autowired
    WorkerBookingService bookings;

    @Autowired
    GgdConsultationService ggd;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    int inbox(long account, String key) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM inbox_message WHERE account_id = ? AND subject_key LIKE ?",
                Integer.class, account, "%" + key + "%");
    }

    @Test
    void forty_workers_booking_at_once_each_get_their_confirmation() throws Exception {
        SessionSummary session = fixtures.sessionNextWeek(10); // four slots of ten places
        TestAccounts.signIn(accounts.create(Roles.GGD, null));
        List<Long> slots = ggd.day(session.id()).slots().stream().map(s -> s.slot().id()).toList();
        TestAccounts.signOut();
        List<SignedInUser> workers = IntStream.range(0, 40).mapToObj(i -> accounts.create(Roles.WORKER, null))
                .toList();
        ExecutorService pool = Executors.newFixedThreadPool(10);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<?>> booked = new ArrayList<>();
            for (int i = 0; i < workers.size(); i++) {
                SignedInUser worker = workers.get(i);
                long slot = slots.get(i % slots.size());
                booked.add(pool.submit(() -> {
                    go.await();
                    TestAccounts.signIn(worker);
                    try {
                        bookings.book(new BookingRequest(slot, "GM0106", "nl", false, null, null));
                    } finally {
                        TestAccounts.signOut();
                    }
                    return null;
                }));
            }
            go.countDown();
            for (Future<?> f : booked) {
                f.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        // the confirmations are written after the commits, concurrently: none may be lost to a deadlock
        await().atMost(Duration.ofSeconds(60)).until(() -> workers.stream()
                .allMatch(w -> inbox(w.id(), "appointment-confirmed") == 1));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM notification_booking WHERE account_id IN ("
                + String.join(",", workers.stream().map(w -> Long.toString(w.id())).toList()) + ")", Integer.class))
                .isEqualTo(40);
    }

    /** A new worker books the first slot of {@code session} and has the confirmation in the inbox. */
    private record Booked(SignedInUser worker, long bookingId) {}

    private Booked bookAndAwaitConfirmation(SessionSummary session) {
        long slot = fixtures.firstSlot(session); // signs in as GGD staff and out again
        SignedInUser worker = accounts.create(Roles.WORKER, null);
        TestAccounts.signIn(worker);
        long booking = bookings.book(new BookingRequest(slot, "GM0106", "nl", false, null, null)).id();
        await().atMost(Duration.ofSeconds(20)).until(() -> inbox(worker.id(), "appointment-confirmed") == 1);
        return new Booked(worker, booking);
    }

    @Test
    void a_booking_and_a_cancelled_session_reach_the_workers_inbox() {
        SessionSummary session = fixtures.sessionNextWeek(2);
        SignedInUser worker = bookAndAwaitConfirmation(session).worker();

        TestAccounts.signIn(accounts.create(Roles.GGD, null));
        ggd.cancelSession(session.id(), "De spreekuurruimte is niet beschikbaar.");
        await().atMost(Duration.ofSeconds(20)).until(() -> inbox(worker.id(), "session-cancelled") == 1);
        assertThat(inbox(worker.id(), "appointment-confirmed")).isEqualTo(1);
        // the GGD's own words reach the worker inside the portal
        // (stored encrypted)
        assertThat(cipher.decrypt(jdbc.queryForObject("SELECT arguments FROM inbox_message WHERE account_id = ? AND "
                + "subject_key = ?", String.class, worker.id(), "notification.inbox.session-cancelled-message.subject"),
                InboxService.ARGUMENTS)).contains("De spreekuurruimte is niet beschikbaar.");
    }

    @Test
    void a_handled_booking_event_is_not_kept_in_the_publication_registry() {
        long booking = bookAndAwaitConfirmation(fixtures.sessionNextWeek(2)).bookingId();
        // the serialized event names the worker's account and appointment: once every listener (confirmation,
        // overview count) has run, nothing of it stays behind
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForObject("SELECT COUNT(*) FROM "
                + "EVENT_PUBLICATION WHERE serialized_event LIKE ?", Integer.class, "%\"bookingId\":" + booking + ",%")
                == 0);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM EVENT_PUBLICATION WHERE completion_date IS NOT NULL",
                Integer.class)).isZero();
    }
}
