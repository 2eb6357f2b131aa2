package nl.erkenningsportaal.audit;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Why someone opened a worker's identity, or the messages and notes of her request. Chosen from this list, never typed
 * free: it is recorded with every opening and the worker sees it under "who looked at my data". Names are stable:
 * they are stored in the audit trail.
 */
public enum AccessReason {
    /** The intake conversation: recognising, or preparing it. */
    INTAKE,
    /** Renewing a recognition. */
    RENEWAL,
    /** A signal of trafficking or exploitation. */
    SIGNAL,
    /** The worker asked something herself. */
    WORKERS_QUESTION,
    /** Correcting her data. */
    CORRECTION,
    /** The coordinator hands a signal over to the police or care. */
    HANDOVER,
    /** Handling her objection to a decision. */
    OBJECTION,
    /** Her move to the officer's municipality. */
    MOVE;

    /** What an officer may choose. */
    public static final List<AccessReason> FOR_OFFICERS = List.of(INTAKE, RENEWAL, SIGNAL, WORKERS_QUESTION,
            CORRECTION, OBJECTION, MOVE);

    /** What the regional coordinator may choose, opening the identity behind an escalated signal. */
    public static final List<AccessReason> FOR_COORDINATORS = List.of(SIGNAL, HANDOVER);

    /**
     * The reason an audit entry's text starts with ({@link StatedReason#auditText()}), or empty for entries written
     * before reasons were chosen from this list and for entries of other kinds.
     */
    public static Optional<AccessReason> of(@Nullable String auditText) {
        if (auditText == null) {
            return Optional.empty();
        }
        int end = 0;
        while (end < auditText.length() && (Character.isUpperCase(auditText.charAt(end))
                || auditText.charAt(end) == '_')) {
            end++;
        }
        String code = auditText.substring(0, end);
        for (AccessReason r : values()) {
            if (r.name().equals(code)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }
}
