package nl.erkenningsportaal.recognition;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * An objection as the worker and the officers see it without opening anything: its steps and the outcome with its
 * reasons (written to her). Her grounds and the report of the hearing open for an officer only with a stated reason
 * ({@link ObjectionTexts}).
 *
 * @param late          lodged after the six weeks (Awb 6:11: the municipality decides whether it can still consider it)
 * @param decideBefore  when the municipality should decide: six weeks after the objection period ended (Awb 7:10)
 * @param hearingPlace  where the hearing takes place, as the officer wrote it
 */
public record Objection(
        long id,
        DecisionKind decision,
        Instant decisionAt,
        Instant lodgedAt,
        boolean late,
        ObjectionStatus status,
        @Nullable Instant receivedAt,
        @Nullable Instant hearingAt,
        @Nullable String hearingPlace,
        @Nullable Instant heardAt,
        @Nullable NoHearingReason noHearingReason,
        @Nullable ObjectionOutcome outcome,
        @Nullable String outcomeText,
        @Nullable Instant decidedAt,
        @Nullable Instant withdrawnAt,
        LocalDate decideBefore) {

    public boolean open() {
        return ObjectionStatus.OPEN.contains(status);
    }
}
