package nl.erkenningsportaal.consultation;

import java.time.Duration;
import java.time.Instant;
import nl.erkenningsportaal.platform.FieldLabel;
import nl.erkenningsportaal.platform.Refusal;
import org.jspecify.annotations.Nullable;

/**
 * The GGD's booking rules, as set on its screen.
 *
 * @param maxFutureBookings how many coming bookings one worker may hold (1–20)
 * @param cancelUntilBefore a booking can be cancelled or moved until this long before its start (never longer than
 *                          the weeks that can be booked)
 * @param weeksAhead        how many weeks ahead sessions can be booked (1–52)
 * @param shortNotice       a cancellation closer than this to the booking's time alerts the GGD (at most a week)
 * @param reminderBefore    how long before the appointment the worker's reminder goes (1 hour to a week); holds for
 *                          bookings made after it was set, a reminder already planned keeps its time
 * @param changedAt         when these rules were set (null: the configured defaults, never changed on screen)
 */
public record BookingRules(int maxFutureBookings, Duration cancelUntilBefore, int weeksAhead, Duration shortNotice,
        Duration reminderBefore, @Nullable Instant changedAt) {

    public static final int MAX_BOOKINGS = 20;
    public static final int MAX_WEEKS = 52;
    public static final int MAX_SHORT_NOTICE_HOURS = 7 * 24;
    public static final int MIN_REMINDER_HOURS = 1;
    public static final int MAX_REMINDER_HOURS = 7 * 24;
    /** The reminder lead time when the GGD never set one. */
    public static final int DEFAULT_REMINDER_HOURS = 24;

    /** New rules as the GGD enters them, in whole hours, with the default reminder lead time. */
    public static BookingRules of(int maxFutureBookings, int cancelHoursBefore, int weeksAhead,
            int shortNoticeHours) {
        return of(maxFutureBookings, cancelHoursBefore, weeksAhead, shortNoticeHours, DEFAULT_REMINDER_HOURS);
    }

    /** New rules as the GGD enters them, in whole hours. */
    public static BookingRules of(int maxFutureBookings, int cancelHoursBefore, int weeksAhead,
            int shortNoticeHours, int reminderHoursBefore) {
        return new BookingRules(maxFutureBookings, Duration.ofHours(cancelHoursBefore), weeksAhead,
                Duration.ofHours(shortNoticeHours), Duration.ofHours(reminderHoursBefore), null);
    }

    /** Refuses rules that make no sense, with the message the GGD reads; nothing is changed then. */
    void validate() {
        if (maxFutureBookings < 1 || maxFutureBookings > MAX_BOOKINGS) {
            throw new Refusal("consultation.rules.error.max-bookings", MAX_BOOKINGS);
        }
        if (weeksAhead < 1 || weeksAhead > MAX_WEEKS) {
            throw new Refusal("consultation.rules.error.weeks-ahead", MAX_WEEKS);
        }
        if (cancelUntilBefore.isNegative()) {
            throw new Refusal("consultation.rules.error.cancel-negative");
        }
        if (cancelUntilBefore.compareTo(Duration.ofDays(7L * weeksAhead)) > 0) {
            throw new Refusal("consultation.rules.error.cancel-beyond-window", weeksAhead);
        }
        if (shortNotice.isNegative() || shortNotice.toHours() > MAX_SHORT_NOTICE_HOURS) {
            throw new Refusal("consultation.rules.error.short-notice", MAX_SHORT_NOTICE_HOURS);
        }
        if (reminderBefore.toHours() < MIN_REMINDER_HOURS || reminderBefore.toHours() > MAX_REMINDER_HOURS) {
            throw new Refusal("consultation.rules.error.reminder", new FieldLabel("consultation.rules.reminder-hours"),
                    MIN_REMINDER_HOURS, MAX_REMINDER_HOURS);
        }
    }
}
