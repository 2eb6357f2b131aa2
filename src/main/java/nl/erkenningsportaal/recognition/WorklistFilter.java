package nl.erkenningsportaal.recognition;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The worklist's filters: statuses (empty = all), a minimum age in days (null = any) and whose requests: the signed-in
 * officer's own, those nobody owns yet, or everyone's.
 */
public record WorklistFilter(Set<RequestStatus> statuses, @Nullable Integer olderThanDays, Assignee assignee) {

    public static final WorklistFilter ALL = new WorklistFilter(Set.of(), null, Assignee.EVERYONE);

    /** Whose requests the worklist shows. */
    public enum Assignee {
        /** Assigned to the signed-in officer. */
        MINE,
        /** Assigned to nobody yet. */
        UNASSIGNED,
        /** Every request of the municipality. */
        EVERYONE
    }

    /** Everyone's requests with these statuses and this age. */
    public WorklistFilter(Set<RequestStatus> statuses, @Nullable Integer olderThanDays) {
        this(statuses, olderThanDays, Assignee.EVERYONE);
    }
}
