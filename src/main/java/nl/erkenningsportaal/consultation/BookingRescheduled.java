package nl.erkenningsportaal.consultation;

import java.time.LocalDateTime;

/** Domain event: ids, times (Europe/Amsterdam) and the location only, never a worker's identity. */
public record BookingRescheduled(long bookingId, long workerAccountId, String municipalityId, LocalDateTime start, LocalDateTime end, String locationName, String locationAddress, String language) {}
