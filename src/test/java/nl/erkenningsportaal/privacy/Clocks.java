package nl.erkenningsportaal.privacy;

import java.time.Clock;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;

/** Clocks for running a retention job at a moment of the test's choosing. */
public final class Clocks {

    public static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    private Clocks() {}

    /** A clock standing {@code amount} {@code unit} and {@code days} days from now (days may be negative). */
    public static Clock after(long amount, ChronoUnit unit, long days) {
        return Clock.fixed(ZonedDateTime.now(AMSTERDAM).plus(amount, unit).plusDays(days).toInstant(), AMSTERDAM);
    }

    /** A clock just before a term from now runs out (two days short) and just after (two days over). */
    public static Clock justBefore(long amount, ChronoUnit unit) {
        return after(amount, unit, -2);
    }

    public static Clock justAfter(long amount, ChronoUnit unit) {
        return after(amount, unit, 2);
    }
}
