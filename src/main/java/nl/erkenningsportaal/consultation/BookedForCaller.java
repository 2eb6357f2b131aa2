package nl.erkenningsportaal.consultation;

/** Domain event: the GGD booked a place for someone who phoned (ids only; there is no account to tell). */
public record BookedForCaller(long bookingId, long sessionId) {}
