package nl.erkenningsportaal.notification;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.erkenningsportaal.privacy.FieldCipher;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The SQL of the appointment notices ({@code notification_booking}) and of a worker's export and erasure of them and
 * of the inbox ({@link JdbcClient}, named parameters, rows by column name). The outbox's own statements are in
 * {@link MailOutbox}; the inbox is otherwise read and written through {@link InboxMessageRepository}.
 */
@Component
class NotificationStore {

    private final JdbcClient jdbc;
    private final FieldCipher cipher;

    NotificationStore(JdbcClient jdbc, FieldCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    /**
     * Inserts or updates the appointment in one statement ("UPDATE, and INSERT when nothing was updated" took a gap
     * lock with the UPDATE and then needed to insert into that gap, so concurrent bookings deadlocked and their
     * confirmations failed); a change raises its SEQUENCE and makes it current again.
     */
    void storeAppointment(Appointment a, @Nullable LocalDateTime reminderDueUtc, java.time.Duration reminderLead) {
        jdbc.sql("""
                INSERT INTO notification_booking (booking_ref, account_id, sequence_no, starts_at, ends_at, location,
                    reminder_due_at, reminder_lead_minutes)
                VALUES (:ref, :account, 0, :start, :end, :location, :reminderDue, :lead)
                ON DUPLICATE KEY UPDATE sequence_no = sequence_no + 1, starts_at = VALUES(starts_at),
                    ends_at = VALUES(ends_at), location = VALUES(location), cancelled = FALSE,
                    reminder_due_at = VALUES(reminder_due_at),
                    reminder_lead_minutes = COALESCE(reminder_lead_minutes, VALUES(reminder_lead_minutes)),
                    version = version + 1""")
                .param("ref", a.bookingRef()).param("account", a.accountId()).param("start", a.start())
                .param("end", a.end()).param("location", a.location()).param("reminderDue", reminderDueUtc)
                .param("lead", reminderLead.toMinutes())
                .update();
    }

    /** The reminder lead time kept with a booking (the GGD's rule when it was made), if one was kept. */
    Optional<java.time.Duration> reminderLeadOf(String bookingRef) {
        return jdbc.sql("SELECT reminder_lead_minutes FROM notification_booking WHERE booking_ref = :ref "
                + "AND reminder_lead_minutes IS NOT NULL")
                .param("ref", bookingRef).query(Integer.class).optional().map(java.time.Duration::ofMinutes);
    }

    /** Marks the appointment cancelled, raises its SEQUENCE and drops its reminder. */
    void cancelAppointment(String bookingRef) {
        jdbc.sql("UPDATE notification_booking SET cancelled = TRUE, sequence_no = sequence_no + 1, "
                + "reminder_due_at = NULL, version = version + 1 WHERE booking_ref = :ref")
                .param("ref", bookingRef).update();
    }

    int sequenceOf(String bookingRef) {
        return jdbc.sql("SELECT sequence_no FROM notification_booking WHERE booking_ref = :ref")
                .param("ref", bookingRef).query(Integer.class).optional().orElse(0);
    }

    Optional<Appointment> appointment(String bookingRef) {
        return jdbc.sql("SELECT booking_ref, account_id, starts_at AS `start`, ends_at AS `end`, location "
                + "FROM notification_booking WHERE booking_ref = :ref")
                .param("ref", bookingRef).query(Appointment.class).optional();
    }

    /** Up to 100 appointments whose reminder is due by {@code nowUtc}, locked (others skip them) until commit. */
    List<String> lockDueReminders(LocalDateTime nowUtc) {
        return jdbc.sql("""
                SELECT booking_ref FROM notification_booking
                WHERE reminder_due_at IS NOT NULL AND reminder_due_at <= :now AND NOT cancelled
                ORDER BY reminder_due_at LIMIT 100 FOR UPDATE SKIP LOCKED""")
                .param("now", nowUtc).query(String.class).list();
    }

    void reminderQueued(String bookingRef) {
        jdbc.sql("UPDATE notification_booking SET reminder_due_at = NULL WHERE booking_ref = :ref")
                .param("ref", bookingRef).update();
    }

    // ---- a worker's export and erasure

    /** The worker's inbox as stored, the arguments opened, for their data export. */
    List<Map<String, Object>> inboxRowsOf(long accountId) {
        List<Map<String, Object>> rows = jdbc.sql("SELECT subject_key, body_key, arguments, created_at, read_at "
                + "FROM inbox_message WHERE account_id = :account ORDER BY created_at")
                .param("account", accountId).query().listOfRows();
        rows.forEach(row -> row.computeIfPresent("arguments",
                (column, stored) -> cipher.decrypt(stored.toString(), InboxService.ARGUMENTS)));
        return rows;
    }

    List<Map<String, Object>> appointmentRowsOf(long accountId) {
        return jdbc.sql("SELECT booking_ref, starts_at, ends_at, location, cancelled FROM notification_booking "
                + "WHERE account_id = :account ORDER BY starts_at")
                .param("account", accountId).query().listOfRows();
    }

    void eraseInbox(long accountId) {
        jdbc.sql("DELETE FROM inbox_message WHERE account_id = :account").param("account", accountId).update();
    }

    void eraseAppointments(long accountId) {
        jdbc.sql("DELETE FROM notification_booking WHERE account_id = :account").param("account", accountId)
                .update();
    }

    // ---- retention

    /** Deletes at most {@code batch} inbox messages written before {@code beforeUtc}; returns how many. */
    int deleteInboxBefore(LocalDateTime beforeUtc, int batch) {
        return jdbc.sql("DELETE FROM inbox_message WHERE created_at < :before LIMIT :batch")
                .param("before", beforeUtc).param("batch", batch).update();
    }

    /** Deletes at most {@code batch} appointments' calendar states that ended before {@code before} (local time). */
    int deleteAppointmentsEndedBefore(LocalDateTime before, int batch) {
        return jdbc.sql("DELETE FROM notification_booking WHERE ends_at < :before LIMIT :batch")
                .param("before", before).param("batch", batch).update();
    }
}
