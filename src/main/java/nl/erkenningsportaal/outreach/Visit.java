package nl.erkenningsportaal.outreach;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/**
 * A visit, as officers of its municipality see it. {@code address} (and {@code notes}) are empty once erased: a few
 * weeks after a visit where nobody opened or the person did not want to talk. {@code assigneeId}: the officer who
 * owns the follow-up (null: nobody yet).
 */
public record Visit(long id, LocalDateTime visitedAt, @Nullable String address, @Nullable Long advertisementId,
        @Nullable String firstLanguage, Outcome outcome, @Nullable LocalDate followUp, @Nullable String notes,
        @Nullable Long requestId, @Nullable Long assigneeId) {}
