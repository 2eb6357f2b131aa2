package nl.erkenningsportaal.recognition;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The worklist's filters: statuses (empty = all), a minimum age in days (null = any), whose requests (the signed-in
 * officer's own, those nobody owns yet, or everyone's) and a work name (null or blank = any; otherwise exactly that
 * name, case, accents and spaces aside).
 */
public record WorklistFilter(Set<RequestStatus> statuses, @Nullable Integer olderThanDays, Assignee assignee,
        @Nullable String workName) {

    public static final WorklistFilter ALL = new WorklistFilter(Set.of(), null, Assignee.EVERYONE, null);

    /** Whose requests the worklist shows. */
    public enum Assignee {
        /** Assigned to the signed-in officer. */
        MINE,
        /** Assigned to nobody yet. */
        UNASSIGNED,
        /** Every request of the municipality. */
        EVERYONE
    }

    /** Everyone's requests with these statuses and this age, any work name. */
    public WorklistFilter(Set<RequestStatus> statuses, @Nullable Integer olderThanDays) {
        this(statuses, olderThanDays, Assignee.EVERYONE, null);
    }

    /** These requests, any work name. */
    public WorklistFilter(Set<RequestStatus> statuses, @Nullable Integer olderThanDays, Assignee assignee) {
        this(statuses, olderThanDays, assignee, null);
    }
}
