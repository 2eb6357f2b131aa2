package nl.erkenningsportaal.recognition;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A decision against the worker's wish as she reads it: what was decided, when, the reason (translated into her
 * language through {@code recognition.decline.<reason>} or {@code lifecycle.revoke.<reason>}) and the officer's
 * explanation as written, until when she can object, to whom, and her objection if she made one.
 *
 * @param reason          the {@link DeclineReason} or {@link RevokeReason} name
 * @param reasonEntry     the catalogue version the decision was taken with (decision 0051): its text is what she reads;
 *                        null for a decision from before the catalogue
 * @param objectBefore    the last day of the six weeks (Awb 6:7, 6:8; a weekend day moves to the Monday)
 * @param municipalityName the municipality whose college of mayor and aldermen decides on the objection
 */
public record DecisionNotice(
        long requestId,
        DecisionKind kind,
        Instant decidedAt,
        String reason,
        @Nullable String explanation,
        LocalDate objectBefore,
        boolean periodOver,
        String municipalityName,
        @Nullable Objection objection,
        @Nullable ReasonEntry reasonEntry) {

    /**
     * Whether she can lodge an objection online now: none against this decision yet, or she withdrew it while the six
     * weeks still run. After the six weeks she still can, but it is marked late.
     */
    public boolean canObject() {
        return objection == null || objection.status() == ObjectionStatus.WITHDRAWN && !periodOver;
    }
}
