package nl.erkenningsportaal.consultation;

import java.time.LocalDateTime;

/**
 * Domain event: a booking was cancelled shortly before its time (within the GGD's "short notice"), so the place will
 * likely stay empty unless the GGD fills it. Ids and time only.
 */
public record BookingCancelledLate(long sessionId, long bookingId, LocalDateTime start) {}
