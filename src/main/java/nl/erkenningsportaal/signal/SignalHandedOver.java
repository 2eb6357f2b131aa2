package nl.erkenningsportaal.signal;

/** Domain event: ids and municipality only. */
public record SignalHandedOver(long signalId, String municipalityId, Handover to) {}
