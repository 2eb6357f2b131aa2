package nl.erkenningsportaal.recognition;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A reported move to another municipality that takes part, as the worker and the officers see it (no address). */
public record Transfer(long id, String fromMunicipality, String toMunicipality, Instant reportedAt,
        TransferStatus status, @Nullable Instant decidedAt, @Nullable String refusalText) {}
