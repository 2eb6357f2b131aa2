package nl.erkenningsportaal.consultation;

import java.time.LocalDateTime;

/**
 * Domain event: the GGD moved the time of a slot on whose waiting list the worker stands (a series changed from a
 * date on); she keeps her place in line. Ids, times (Europe/Amsterdam) and the location's name only, never a
 * worker's identity.
 */
public record WaitingListMoved(long workerAccountId, String municipalityId, LocalDateTime oldStart,
        LocalDateTime start, String locationName) {}
