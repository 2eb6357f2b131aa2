package nl.erkenningsportaal.recognition;

/**
 * Domain event (ids and municipality only; never identity or text): an officer recorded a step of the worker's
 * objection. {@code workerAccountId} is 0 for a worker without an online account.
 */
public record ObjectionProgressed(long requestId, long workerAccountId, String municipalityId, ObjectionStep step) {}
