package nl.erkenningsportaal.consultation;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The booking rules that hold now ({@code consultation_booking_rules}: the newest row, else the configured defaults)
 * and their history. Read at every booking, move and cancellation, so a change holds from the next action on and
 * never touches a booking already made.
 */
@Component
class BookingRuleBook {

    private final JdbcClient jdbc;
    private final ConsultationSettings defaults;

    BookingRuleBook(JdbcClient jdbc, ConsultationSettings defaults) {
        this.jdbc = jdbc;
        this.defaults = defaults;
    }

    private record Row(int maxFutureBookings, int cancelUntilBeforeMinutes, int weeksAhead, int shortNoticeMinutes,
            LocalDateTime changedAt) {
        BookingRules toRules() {
            return new BookingRules(maxFutureBookings, Duration.ofMinutes(cancelUntilBeforeMinutes), weeksAhead,
                    Duration.ofMinutes(shortNoticeMinutes), changedAt.toInstant(ZoneOffset.UTC));
        }
    }

    private static final String SELECT = "SELECT max_future_bookings, cancel_until_before_minutes, weeks_ahead, "
            + "short_notice_minutes, changed_at FROM consultation_booking_rules ";

    BookingRules current() {
        return jdbc.sql(SELECT + "ORDER BY id DESC LIMIT 1").query(Row.class).optional().map(Row::toRules)
                .orElseGet(() -> new BookingRules(defaults.maxFutureBookings(), defaults.cancelUntilBefore(),
                        defaults.weeksAhead(), defaults.shortNotice(), null));
    }

    /** Every change, newest first. */
    List<BookingRules> history(int limit) {
        return jdbc.sql(SELECT + "ORDER BY id DESC LIMIT :limit").param("limit", limit).query(Row.class).stream()
                .map(Row::toRules).toList();
    }

    void change(BookingRules rules, Instant at) {
        jdbc.sql("""
                INSERT INTO consultation_booking_rules (max_future_bookings, cancel_until_before_minutes, weeks_ahead,
                    short_notice_minutes, changed_at) VALUES (:max, :cancel, :weeks, :shortNotice, :at)""")
                .param("max", rules.maxFutureBookings()).param("cancel", rules.cancelUntilBefore().toMinutes())
                .param("weeks", rules.weeksAhead()).param("shortNotice", rules.shortNotice().toMinutes())
                .param("at", LocalDateTime.ofInstant(at, ZoneOffset.UTC)).update();
    }
}
