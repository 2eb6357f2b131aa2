package nl.erkenningsportaal.recognition;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/** The worklist's filters: statuses (empty = all) and a minimum age in days (null = any). */
public record WorklistFilter(Set<RequestStatus> statuses, @Nullable Integer olderThanDays) {
    public static final WorklistFilter ALL = new WorklistFilter(Set.of(), null);
}
