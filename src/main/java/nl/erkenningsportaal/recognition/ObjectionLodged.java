package nl.erkenningsportaal.recognition;

/**
 * Domain event: a worker lodged an objection against a decision on her request (ids and municipality only; never
 * identity or grounds). The officers of {@code municipalityId} handle it.
 */
public record ObjectionLodged(long requestId, String municipalityId) {}
