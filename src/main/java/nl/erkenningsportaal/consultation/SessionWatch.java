package nl.erkenningsportaal.consultation;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Watches the bookings for what the GGD should know: a session that has just filled up ({@link SessionFull}) and a
 * booking cancelled at short notice ({@link BookingCancelledLate}). Runs after the booking's transaction committed,
 * in one of its own, so a booking never waits for it; the notification module turns the events into alerts.
 */
@Component
class SessionWatch {

    private final ConsultationStore store;
    private final BookingRuleBook rules;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SessionWatch(ConsultationStore store, BookingRuleBook rules, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.rules = rules;
        this.events = events;
        this.clock = clock;
    }

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
            store.placesOfBooking(e.bookingId()).ifPresent(s -> events.publishEvent(
                    new BookingCancelledLate(s.sessionId(), e.bookingId(), e.start())));
        }
    }

    private void whenFull(long bookingId) {
        store.placesOfBooking(bookingId).filter(s -> s.free() == 0)
                .ifPresent(s -> events.publishEvent(new SessionFull(s.sessionId(), s.sessionDate())));
    }
}
