package nl.erkenningsportaal.signal;

/** Domain event: ids and municipality only. */
public record SignalEscalated(long signalId, String municipalityId) {}
