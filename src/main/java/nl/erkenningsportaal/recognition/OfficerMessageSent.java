package nl.erkenningsportaal.recognition;

/**
 * Domain event (ids and municipality only; never identity). {@code workerAccountId} is 0 for a door registration
 * whose worker has not claimed an online account yet.
 */
public record OfficerMessageSent(long requestId, long workerAccountId, String municipalityId) {}
