package nl.erkenningsportaal.recognition;

import java.util.Arrays;
import java.util.List;

/**
 * What a catalogue entry is for (decision 0051): a reason to decline, to revoke or to end, each mapped to its legal
 * category, or an extra item of the intake checklist (no category). System outcomes (expired, moved away, erased)
 * are never a choice, so no entry can carry them.
 */
public enum ReasonKind {
    DECLINE,
    REVOKE,
    END,
    CHECK;

    /** The categories an officer's choice of this kind may map to. */
    public List<String> categories() {
        return switch (this) {
            case DECLINE -> Arrays.stream(DeclineReason.values()).map(Enum::name).toList();
            case REVOKE -> Arrays.stream(RevokeReason.values()).map(Enum::name).toList();
            case END -> List.of(EndReason.STOPPED.name());
            case CHECK -> List.of();
        };
    }
}
