package nl.erkenningsportaal.signal;

/** Domain event: ids and municipality only. */
public record SignalRaised(long signalId, String municipalityId) {}
