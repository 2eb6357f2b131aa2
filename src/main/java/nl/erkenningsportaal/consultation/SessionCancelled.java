package nl.erkenningsportaal.consultation;

import java.time.LocalDateTime;
import java.util.List;

/** Domain event: ids, times (Europe/Amsterdam) and the location only, never a worker's identity. */
public record SessionCancelled(long sessionId, List<Long> bookingIds, List<Long> workerAccountIds, LocalDateTime start, String locationName, String message) {}
