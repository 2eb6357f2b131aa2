package nl.erkenningsportaal.municipality;

import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The retention terms a municipality decides for itself. The processing register names them by the constants below
 * (the names of this record's components); {@link #LIMITS} holds each one's range.
 *
 * @param declinedMonths       a declined or withdrawn request is erased this many months after the decision
 * @param endedYears           an ended recognition is made anonymous this many years after it ended
 * @param bookingsMonths       a GGD booking is erased this many months after the consultation
 * @param visitAddressWeeks    the address and notes of a visit where nobody opened, or the person did not want to
 *                             talk, are erased this many weeks after the visit
 * @param visitsMonths         every other visit is erased this many months after it
 * @param advertisementsMonths an advertisement is erased this many months after it was last seen
 */
public record RetentionSettings(int declinedMonths, int endedYears, int bookingsMonths, int visitAddressWeeks,
        int visitsMonths, int advertisementsMonths) {

    public static final String DECLINED_MONTHS = "declinedMonths";
    public static final String ENDED_YEARS = "endedYears";
    public static final String BOOKINGS_MONTHS = "bookingsMonths";
    public static final String VISIT_ADDRESS_WEEKS = "visitAddressWeeks";
    public static final String VISITS_MONTHS = "visitsMonths";
    public static final String ADVERTISEMENTS_MONTHS = "advertisementsMonths";

    /** Each term's range, in the order the settings screen shows them. */
    public static final Map<String, TermLimit> LIMITS = limits();

    private static Map<String, TermLimit> limits() {
        Map<String, TermLimit> limits = new LinkedHashMap<>();
        limits.put(DECLINED_MONTHS, new TermLimit(1, 24, ChronoUnit.MONTHS));
        limits.put(ENDED_YEARS, new TermLimit(1, 10, ChronoUnit.YEARS));
        limits.put(BOOKINGS_MONTHS, new TermLimit(1, 60, ChronoUnit.MONTHS));
        limits.put(VISIT_ADDRESS_WEEKS, new TermLimit(1, 13, ChronoUnit.WEEKS));
        limits.put(VISITS_MONTHS, new TermLimit(1, 60, ChronoUnit.MONTHS));
        limits.put(ADVERTISEMENTS_MONTHS, new TermLimit(1, 60, ChronoUnit.MONTHS));
        return Collections.unmodifiableMap(limits);
    }

    /** A term by its name. */
    public int value(String name) {
        return switch (name) {
            case DECLINED_MONTHS -> declinedMonths;
            case ENDED_YEARS -> endedYears;
            case BOOKINGS_MONTHS -> bookingsMonths;
            case VISIT_ADDRESS_WEEKS -> visitAddressWeeks;
            case VISITS_MONTHS -> visitsMonths;
            case ADVERTISEMENTS_MONTHS -> advertisementsMonths;
            default -> throw new IllegalArgumentException("no municipal retention term " + name);
        };
    }
}
