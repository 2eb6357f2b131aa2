package nl.erkenningsportaal.recognition;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A renewal the worker asked for and its conversation, recorded like the intake: when and where, and the same
 * checklist (with the municipality's extra items as they read when answered, decision 0051). Renewed, the number stays and {@code validUntilAfter} is the new end date.
 */
public record Renewal(
        long id,
        Instant askedAt,
        LocalDate validUntilThen,
        RenewalStatus status,
        @Nullable Instant conversationAt,
        @Nullable IntakePlace place,
        @Nullable String placeText,
        @Nullable IntakeChecklist checklist,
        @Nullable Instant renewedAt,
        @Nullable LocalDate validUntilAfter,
        List<ChecklistAnswer> extraChecklist) {

    public boolean pending() {
        return status != RenewalStatus.RENEWED;
    }
}
