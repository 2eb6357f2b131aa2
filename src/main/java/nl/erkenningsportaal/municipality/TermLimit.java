package nl.erkenningsportaal.municipality;

import java.time.temporal.ChronoUnit;

/**
 * The lowest and highest value a retention term may take, in its unit: the same numbers as the database's check,
 * the service's validation and the settings screen's field. No term is 0 or negative, none absurdly long.
 */
public record TermLimit(int min, int max, ChronoUnit unit) {

    public boolean allows(int value) {
        return value >= min && value <= max;
    }
}
