package nl.erkenningsportaal.consultation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import nl.erkenningsportaal.IntegrationTest;
import nl.erkenningsportaal.platform.Roles;
import nl.erkenningsportaal.account.SignedInUser;
import nl.erkenningsportaal.account.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A booking that MariaDB picks as the victim of a real deadlock is booked on its next attempt: the retry wraps the
 * whole transaction from outside, so the next attempt is a new transaction. Inside a caller's transaction the retry
 * could only run again in the transaction MariaDB had already rolled back, so a booking refuses to start there.
 */
@IntegrationTest
class BookingDeadlockTest {

    @Autowired
    WorkerBookingService bookings;

    @Autowired
    ConsultationFixtures fixtures;

    @Autowired
    TestAccounts accounts;

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @Test
    void a_booking_rolled_back_as_deadlock_victim_is_booked_on_its_next_attempt() throws Exception {
        long slot = fixtures.firstSlot(fixtures.sessionNextWeek(2));
        SignedInUser worker = accounts.create(Roles.WORKER, null);
        long deadlocksBefore = deadlocks();
        CompletableFuture<MyBooking> booking;
        try (Connection other = dataSource.getConnection();
                ExecutorService thread = Executors.newSingleThreadExecutor()) {
            other.setAutoCommit(false);
            // the other transaction changes fifty rows first: MariaDB rolls back the smaller transaction of a
            // deadlock, and that should be the booking
            for (int i = 0; i < 50; i++) {
                update(other, "INSERT INTO consultation_location (name, address) VALUES ('Ballast', 'Nergens')");
            }
            // it holds the worker's account row, which the booking's insert needs (its foreign key) ...
            update(other, "SELECT id FROM user_account WHERE id = ? FOR UPDATE", worker.id());
            booking = CompletableFuture.supplyAsync(() -> {
                TestAccounts.signIn(worker);
                try {
                    return bookings.book(new BookingRequest(slot, "GM0106", "nl", false, null, null));
                } finally {
                    TestAccounts.signOut();
                }
            }, thread);
            // ... and once the booking, holding its slot, waits for that row, it asks for the slot: a deadlock
            awaitLockWait(booking);
            update(other, "UPDATE consultation_slot SET booked = booked WHERE id = ?", slot);
            other.rollback();
        }
        MyBooking booked = booking.get(30, TimeUnit.SECONDS);
        assertThat(deadlocks()).as("MariaDB detected the deadlock").isGreaterThan(deadlocksBefore);
        assertThat(booked.status()).isEqualTo(BookingStatus.BOOKED);
        assertThat(booked.slotId()).isEqualTo(slot);
        assertThat(jdbc.queryForObject("SELECT booked FROM consultation_slot WHERE id = ?", Integer.class, slot))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM consultation_booking WHERE worker_account_id = ? AND "
                + "status = 'BOOKED'", Integer.class, worker.id())).isEqualTo(1);
    }

    @Test
    void a_booking_refuses_to_run_inside_a_callers_transaction_where_it_could_not_retry() {
        long slot = fixtures.firstSlot(fixtures.sessionNextWeek(2));
        SignedInUser worker = accounts.create(Roles.WORKER, null);
        TestAccounts.signIn(worker);
        assertThatThrownBy(() -> new TransactionTemplate(transactions).executeWithoutResult(status -> bookings.book(
                new BookingRequest(slot, "GM0106", "nl", false, null, null))))
                .isInstanceOf(IllegalTransactionStateException.class);
        assertThat(bookings.myBookings()).isEmpty();
    }

    private static void update(Connection connection, String sql, Object... arguments) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement(sql)) {
            for (int i = 0; i < arguments.length; i++) {
                s.setObject(i + 1, arguments[i]);
            }
            s.execute();
        }
    }

    /** Waits until the booking's insert waits (for the account row). */
    private void awaitLockWait(CompletableFuture<?> booking) throws Exception {
        long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (jdbc.queryForObject("SELECT COUNT(*) FROM information_schema.PROCESSLIST WHERE INFO LIKE "
                + "'INSERT INTO consultation_booking%'", Integer.class) == 0) {
            if (booking.isDone()) {
                throw new AssertionError("the booking ended without waiting: " + booking.get());
            }
            assertThat(System.nanoTime()).as("the booking waits for the account row").isLessThan(until);
            Thread.sleep(20);
        }
    }

    private long deadlocks() {
        return jdbc.queryForObject("SELECT VARIABLE_VALUE FROM information_schema.GLOBAL_STATUS WHERE VARIABLE_NAME = "
                + "'INNODB_DEADLOCKS'", Long.class);
    }
}
