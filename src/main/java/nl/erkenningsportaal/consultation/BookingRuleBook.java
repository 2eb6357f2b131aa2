package nl.erkenningsportaal.consultation;

import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The booking rules that hold now ({@code consultation_booking_rules}: the newest row, else the configured defaults)
 * and their history. Read at every booking, move and cancellation, so a change holds from the next action on and
 * never touches a booking already made.
 */
@Component
class BookingRuleBook {

    private final ConsultationStore store;
    private final ConsultationSettings defaults;

    BookingRuleBook(ConsultationStore store, ConsultationSettings defaults) {
        this.store = store;
        this.defaults = defaults;
    }

    BookingRules current() {
        return store.bookingRules(1).stream().findFirst()
                .orElseGet(() -> new BookingRules(defaults.maxFutureBookings(), defaults.cancelUntilBefore(),
                        defaults.weeksAhead(), defaults.shortNotice(),
                        java.time.Duration.ofHours(BookingRules.DEFAULT_REMINDER_HOURS), null));
    }

    /** Every change, newest first. */
    List<BookingRules> history(int limit) {
        return store.bookingRules(limit);
    }

    void change(BookingRules rules, Instant at) {
        store.insertBookingRules(rules, at);
    }
}
