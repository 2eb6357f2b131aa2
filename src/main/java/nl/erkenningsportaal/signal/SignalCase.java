package nl.erkenningsportaal.signal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A signal with its case state and notes; {@code assigneeId} is the regional coordinator who works the escalated case
 * (null: nobody yet).
 */
public record SignalCase(long id, String municipalityId, Instant raisedAt, @Nullable Long requestId,
        @Nullable Long visitId, Set<Indicator> indicators, @Nullable String description, Urgency urgency,
        @Nullable Instant escalatedAt, CaseStatus status, @Nullable Handover handoverTo,
        @Nullable LocalDate handoverDate, List<String> notes, @Nullable Long assigneeId) {}
