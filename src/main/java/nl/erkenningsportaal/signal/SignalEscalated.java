package nl.erkenningsportaal.signal;

/** Domain event: ids, municipality and urgency only (an immediate signal reaches the coordinator at once). */
public record SignalEscalated(long signalId, String municipalityId, Urgency urgency) {}
