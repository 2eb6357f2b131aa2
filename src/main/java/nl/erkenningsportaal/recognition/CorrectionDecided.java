package nl.erkenningsportaal.recognition;

/** Domain event (ids and municipality only; never a value): an officer confirmed or refused the worker's correction. */
public record CorrectionDecided(long requestId, long workerAccountId, String municipalityId, boolean confirmed) {}
