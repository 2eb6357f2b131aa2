package nl.erkenningsportaal.recognition;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A correction as listed for the worker and the officers: which fields, when, the outcome and, if refused, why. The
 * values themselves open for an officer only with a stated reason ({@link CorrectionValues}); they are kept until
 * {@code valuesKeptUntil} and then erased.
 */
public record Correction(long id, Instant proposedAt, Set<CorrectionField> fields, CorrectionStatus status,
        @Nullable Instant decidedAt, @Nullable String refusalText, @Nullable LocalDate valuesKeptUntil,
        boolean valuesKept) {}
