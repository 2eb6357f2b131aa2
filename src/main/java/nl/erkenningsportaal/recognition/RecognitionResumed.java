package nl.erkenningsportaal.recognition;

/**
 * Domain event (ids and municipality only): a recognition that had ended is in force again, with the same number —
 * renewed within the grace period after it expired, or restored because her objection to its revocation was upheld.
 * The anonymous overview counts it as active again.
 */
public record RecognitionResumed(long requestId, long workerAccountId, String municipalityId) {}
