package nl.erkenningsportaal.recognition;

import java.time.LocalDate;

/**
 * The worker's municipality left the regional policy: her recognition stays valid until {@code validUntil} but can
 * no longer be renewed (the notification module tells her).
 */
public record RecognitionWithoutRenewal(long requestId, long workerAccountId, String municipalityId,
        LocalDate validUntil) {}
