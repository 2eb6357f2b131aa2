package nl.erkenningsportaal.recognition;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.jspecify.annotations.Nullable;

/**
 * The terms of the lifecycle, in Dutch time: the six weeks for an objection (Awb 6:7, counted from the day after the
 * decision was made known, 6:8; a last day on a Saturday or Sunday moves to the Monday, as the Algemene termijnenwet
 * says — public holidays are not counted here, so the date shown is never later than the real one), and the six weeks
 * after that in which the municipality decides (7:10).
 */
final class LifecycleTime {

    static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    static final int OBJECTION_WEEKS = 6;
    static final int DECISION_WEEKS = 6;

    private LifecycleTime() {}

    static LocalDate date(Instant at) {
        return LocalDate.ofInstant(at, AMSTERDAM);
    }

    static LocalDate objectBefore(Instant decidedAt) {
        return workingDay(date(decidedAt).plusWeeks(OBJECTION_WEEKS));
    }

    static LocalDate decideBefore(Instant decidedAt) {
        return workingDay(objectBefore(decidedAt).plusWeeks(DECISION_WEEKS));
    }

    static LocalDate workingDay(LocalDate day) {
        return switch (day.getDayOfWeek()) {
            case SATURDAY -> day.plusDays(2);
            case SUNDAY -> day.plusDays(1);
            default -> day;
        };
    }

    static LocalDateTime utc(Instant at) {
        return LocalDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    static @Nullable LocalDateTime utcOrNull(@Nullable Instant at) {
        return at == null ? null : utc(at);
    }

    static @Nullable Instant instant(@Nullable LocalDateTime utc) {
        return utc == null ? null : utc.toInstant(ZoneOffset.UTC);
    }
}
