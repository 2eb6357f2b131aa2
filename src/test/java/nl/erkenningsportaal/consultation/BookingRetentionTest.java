package nl.erkenningsportaal.consultation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import nl.erkenningsportaal.IntegrationTest;
import nl.erkenningsportaal.account.TestAccounts;
import nl.erkenningsportaal.platform.Roles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
class BookingRetentionTest {

    @Autowired
    BookingRetention retention;

    @Autowired
    ConsultationFixtures fixtures;

    @Autowired
    WorkerBookingService bookings;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate tx;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @Test
    void bookings_are_deleted_after_the_municipalitys_term() {
        SessionSummary session = fixtures.sessionNextWeek(2);
        long slot = fixtures.firstSlot(session);
        TestAccounts.signIn(accounts.create(Roles.WORKER, null));
        long booking = bookings.book(new BookingRequest(slot, "GM0106", "nl", false, null, null)).id();
        int months = jdbc.queryForObject("SELECT retention_bookings_months FROM municipality WHERE id = 'GM0106'",
                Integer.class);

        tx.execute(s -> retention.runFor(session.date().plusMonths(months)));
        assertThat(count(booking)).isEqualTo(1);
        tx.execute(s -> retention.runFor(session.date().plusMonths(months).plusDays(1)));
        assertThat(count(booking)).isZero();
    }

    private int count(long booking) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM consultation_booking WHERE id = ?", Integer.class, booking);
    }
}
