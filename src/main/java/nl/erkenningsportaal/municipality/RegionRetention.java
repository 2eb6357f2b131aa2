package nl.erkenningsportaal.municipality;

import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The retention terms the region decides for all its municipalities: signal cases are worked by the one regional
 * coordinator, and accounts, inbox messages and the audit trail belong to no single municipality.
 *
 * @param signalsMonths       a closed signal case is erased this many months after it was closed; a signal never
 *                            escalated, this many months after it was raised
 * @param inboxMonths         an inbox message is erased this many months after it arrived
 * @param idleAccountMonths   a worker's account without a request or booking that has not signed in for this many
 *                            months is told it will be erased
 * @param idleNoticeWeeks     ... and is erased this many weeks after that notice, unless she signs in
 * @param disabledStaffMonths a disabled staff account is erased this many months after it was disabled
 * @param auditYears          the audit trail is kept this many years, then pruned from a checkpoint
 */
public record RegionRetention(int signalsMonths, int inboxMonths, int idleAccountMonths, int idleNoticeWeeks,
        int disabledStaffMonths, int auditYears) {

    public static final String SIGNALS_MONTHS = "signalsMonths";
    public static final String INBOX_MONTHS = "inboxMonths";
    public static final String IDLE_ACCOUNT_MONTHS = "idleAccountMonths";
    public static final String IDLE_NOTICE_WEEKS = "idleNoticeWeeks";
    public static final String DISABLED_STAFF_MONTHS = "disabledStaffMonths";
    public static final String AUDIT_YEARS = "auditYears";

    /** Each term's range, in the order the settings screen shows them. */
    public static final Map<String, TermLimit> LIMITS = limits();

    private static Map<String, TermLimit> limits() {
        Map<String, TermLimit> limits = new LinkedHashMap<>();
        limits.put(SIGNALS_MONTHS, new TermLimit(1, 120, ChronoUnit.MONTHS));
        limits.put(INBOX_MONTHS, new TermLimit(1, 60, ChronoUnit.MONTHS));
        limits.put(IDLE_ACCOUNT_MONTHS, new TermLimit(1, 60, ChronoUnit.MONTHS));
        limits.put(IDLE_NOTICE_WEEKS, new TermLimit(1, 26, ChronoUnit.WEEKS));
        limits.put(DISABLED_STAFF_MONTHS, new TermLimit(1, 60, ChronoUnit.MONTHS));
        limits.put(AUDIT_YEARS, new TermLimit(1, 20, ChronoUnit.YEARS));
        return Collections.unmodifiableMap(limits);
    }

    /** A term by its name. */
    public int value(String name) {
        return switch (name) {
            case SIGNALS_MONTHS -> signalsMonths;
            case INBOX_MONTHS -> inboxMonths;
            case IDLE_ACCOUNT_MONTHS -> idleAccountMonths;
            case IDLE_NOTICE_WEEKS -> idleNoticeWeeks;
            case DISABLED_STAFF_MONTHS -> disabledStaffMonths;
            case AUDIT_YEARS -> auditYears;
            default -> throw new IllegalArgumentException("no regional retention term " + name);
        };
    }
}
