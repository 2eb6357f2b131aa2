package nl.erkenningsportaal.audit;

import java.util.List;
import nl.erkenningsportaal.platform.FreeText;
import nl.erkenningsportaal.platform.Refusal;
import org.jspecify.annotations.Nullable;

/**
 * A reason chosen from {@link AccessReason} with an optional short explanation on one line. Checked wherever it is
 * made, so a service never receives one without a reason or with an explanation that is too long: a missing reason is
 * refused with {@code audit.reason.required}, an explanation over {@value #EXPLANATION_MAX} characters with
 * {@code audit.reason.too-long}, invisible or control characters with {@code audit.reason.invisible}.
 */
public record StatedReason(AccessReason reason, @Nullable String explanation) {

    public static final int EXPLANATION_MAX = 200;

    public StatedReason {
        if (reason == null) {
            throw new Refusal("audit.reason.required");
        }
        String e = explanation == null ? "" : explanation.strip();
        if (e.codePointCount(0, e.length()) > EXPLANATION_MAX) {
            throw new Refusal("audit.reason.too-long", EXPLANATION_MAX);
        }
        if (FreeText.holdsForbidden(e, false)) {
            throw new Refusal("audit.reason.invisible");
        }
        explanation = e.isEmpty() ? null : e;
    }

    /** What a form holds: the reason may still be missing. */
    @SuppressWarnings("NullAway")
    public static StatedReason of(@Nullable AccessReason reason, @Nullable String explanation) {
        return new StatedReason(reason, explanation);
    }

    /** Refuses a reason that is not one of {@code allowed} (an officer cannot hand over, a coordinator not renew). */
    public StatedReason requireOneOf(List<AccessReason> allowed) {
        if (!allowed.contains(reason)) {
            throw new Refusal("audit.reason.required");
        }
        return this;
    }

    /**
     * As it is written in the audit trail: the reason's name first (the worker sees only that), then the
     * explanation, e.g. {@code WORKERS_QUESTION: belde over haar adres}.
     */
    public String auditText() {
        return explanation == null ? reason.name() : reason.name() + ": " + explanation;
    }

    /** {@link #auditText()} with a reference in front of the explanation, e.g. the signal it was opened for. */
    public String auditText(String reference) {
        return reason.name() + " (" + reference + ")" + (explanation == null ? "" : ": " + explanation);
    }
}
