package nl.erkenningsportaal.recognition;

import java.util.Set;
import nl.erkenningsportaal.platform.Whose;
import org.jspecify.annotations.Nullable;

/**
 * The worklist's filters: statuses (empty = all), a minimum age in days (null = any), whose requests (the signed-in
 * officer's own, those nobody owns yet, or everyone's: the one {@link Whose} of every assignable list) and a work name
 * (null or blank = any; otherwise exactly that name, case, accents and spaces aside).
 */
public record WorklistFilter(Set<RequestStatus> statuses, @Nullable Integer olderThanDays, Whose whose,
        @Nullable String workName) {

    public static final WorklistFilter ALL = new WorklistFilter(Set.of(), null, Whose.EVERYONE, null);

    /** Everyone's requests with these statuses and this age, any work name. */
    public WorklistFilter(Set<RequestStatus> statuses, @Nullable Integer olderThanDays) {
        this(statuses, olderThanDays, Whose.EVERYONE, null);
    }

    /** These requests, any work name. */
    public WorklistFilter(Set<RequestStatus> statuses, @Nullable Integer olderThanDays, Whose whose) {
        this(statuses, olderThanDays, whose, null);
    }
}
