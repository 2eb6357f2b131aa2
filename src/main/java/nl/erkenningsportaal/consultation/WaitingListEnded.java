package nl.erkenningsportaal.consultation;

import java.time.LocalDateTime;

/**
 * Domain event: the worker's place on a waiting list ended because the GGD took the time away (the session was
 * cancelled or removed from its series, or the series' new times no longer hold the slot). Ids, the time
 * (Europe/Amsterdam) and the location's name only, never a worker's identity.
 */
public record WaitingListEnded(long workerAccountId, String municipalityId, LocalDateTime start,
        String locationName) {}
