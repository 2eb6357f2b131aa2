package nl.erkenningsportaal.recognition;

import java.time.LocalDate;

/**
 * Domain event (ids and municipality only; never identity). {@code workerAccountId} is 0 for a door registration
 * whose worker has not claimed an online account yet. {@code renewal} is true when an existing recognition was
 * extended (the number stays the same).
 */
public record RecognitionGranted(long requestId, long workerAccountId, String municipalityId, LocalDate validUntil,
        boolean renewal) {}
