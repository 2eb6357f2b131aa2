package nl.erkenningsportaal.consultation;

/** Domain event: ids, times (Europe/Amsterdam) and the location only, never a worker's identity. */
public record WalkInsCounted(long sessionId, int delta) {}
