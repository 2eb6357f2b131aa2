package nl.erkenningsportaal.recognition;

/**
 * Domain event: a recognised worker reported a new work address (ids and municipalities only; never the address).
 * {@code actingMunicipalityId} is the municipality whose officers act on it: her own for a move within it (a
 * correction to confirm), the receiving one for a move to another taking part (a transfer to accept).
 */
public record MoveReported(long requestId, String actingMunicipalityId) {}
