package nl.erkenningsportaal.consultation;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Watches the bookings for what the GGD should know: a session that has just filled up ({@link SessionFull}) and a
 * booking cancelled at short notice ({@link BookingCancelledLate}). Runs after the booking's transaction committed,
 * in one of its own, so a booking never waits for it; the notification module turns the events into alerts.
 */
@Component
class SessionWatch {

    private final JdbcClient jdbc;
    private final BookingRuleBook rules;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SessionWatch(JdbcClient jdbc, BookingRuleBook rules, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.rules = rules;
        this.events = events;
        this.clock = clock;
    }

    private record SessionPlaces(long sessionId, LocalDate sessionDate, int free) {}

    @ApplicationModuleListener
    void on(BookingConfirmed e) {
        whenFull(e.bookingId());
    }

    @ApplicationModuleListener
    void on(WaitingListPlaceGiven e) {
        whenFull(e.bookingId());
    }

    @ApplicationModuleListener
    void on(BookingRescheduled e) {
        whenFull(e.bookingId());
    }

    @ApplicationModuleListener
    void on(BookedForCaller e) {
        whenFull(e.bookingId());
    }

    @ApplicationModuleListener
    void on(BookingCancelled e) {
        Duration before = Duration.between(LocalDateTime.now(clock), e.start());
        if (!before.isNegative() && before.compareTo(rules.current().shortNotice()) < 0) {
            placesOfBooking(e.bookingId()).ifPresent(s -> events.publishEvent(
                    new BookingCancelledLate(s.sessionId(), e.bookingId(), e.start())));
        }
    }

    private void whenFull(long bookingId) {
        placesOfBooking(bookingId).filter(s -> s.free() == 0)
                .ifPresent(s -> events.publishEvent(new SessionFull(s.sessionId(), s.sessionDate())));
    }

    /** The session of a booking and how many places it has left (none when cancelled). */
    private Optional<SessionPlaces> placesOfBooking(long bookingId) {
        return jdbc.sql("""
                SELECT s.id AS session_id, s.session_date,
                       IF(s.cancelled, 0, (SELECT COALESCE(SUM(capacity - booked), 0) FROM consultation_slot
                                           WHERE session_id = s.id)) AS free
                FROM consultation_booking b
                JOIN consultation_slot sl ON sl.id = b.slot_id
                JOIN consultation_session s ON s.id = sl.session_id
                WHERE b.id = :booking""").param("booking", bookingId).query(SessionPlaces.class).optional();
    }
}
