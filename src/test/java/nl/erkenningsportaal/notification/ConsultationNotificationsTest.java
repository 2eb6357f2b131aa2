package nl.erkenningsportaal.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import nl.erkenningsportaal.IntegrationTest;
import nl.erkenningsportaal.account.Roles;
import nl.erkenningsportaal.account.SignedInUser;
import nl.erkenningsportaal.account.TestAccounts;
import nl.erkenningsportaal.consultation.BookingRequest;
import nl.erkenningsportaal.consultation.ConsultationFixtures;
import nl.erkenningsportaal.consultation.GgdConsultationService;
import nl.erkenningsportaal.consultation.SessionSummary;
import nl.erkenningsportaal.consultation.WorkerBookingService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@IntegrationTest
class ConsultationNotificationsTest {

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
    void a_booking_and_a_cancelled_session_reach_the_workers_inbox() {
        SessionSummary session = fixtures.sessionNextWeek(2);
        long slot = fixtures.firstSlot(session);
        SignedInUser worker = accounts.create(Roles.WORKER, null);
        TestAccounts.signIn(worker);
        bookings.book(new BookingRequest(slot, "GM0106", "nl", false, null, null));
        await().atMost(Duration.ofSeconds(20)).until(() -> inbox(worker.id(), "appointment-confirmed") == 1);

        TestAccounts.signIn(accounts.create(Roles.GGD, null));
        ggd.cancelSession(session.id(), "De spreekuurruimte is niet beschikbaar.");
        await().atMost(Duration.ofSeconds(20)).until(() -> inbox(worker.id(), "session-cancelled") == 1);
        assertThat(inbox(worker.id(), "appointment-confirmed")).isEqualTo(1);
        // the GGD's own words reach the worker inside the portal
        assertThat(jdbc.queryForObject("SELECT arguments FROM inbox_message WHERE account_id = ? AND subject_key = ?",
                String.class, worker.id(), "notification.inbox.session-cancelled-message.subject"))
                .contains("De spreekuurruimte is niet beschikbaar.");
    }
}
