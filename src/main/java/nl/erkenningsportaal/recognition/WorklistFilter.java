package nl.erkenningsportaal.recognition;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The worklist's filters: statuses (empty = all), a minimum age in days (null = any) and a work name (null or blank =
 * any; otherwise exactly that name, case, accents and spaces aside).
 */
public record WorklistFilter(Set<RequestStatus> statuses, @Nullable Integer olderThanDays,
        @Nullable String workName) {

    public static final WorklistFilter ALL = new WorklistFilter(Set.of(), null, null);

    /** Any work name. */
    public WorklistFilter(Set<RequestStatus> statuses, @Nullable Integer olderThanDays) {
        this(statuses, olderThanDays, null);
    }
}
