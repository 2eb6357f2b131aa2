package nl.erkenningsportaal.outreach;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/** A visit, as officers of its municipality see it. */
public record Visit(long id, LocalDateTime visitedAt, String address, @Nullable Long advertisementId,
        @Nullable String firstLanguage, Outcome outcome, @Nullable LocalDate followUp, @Nullable String notes,
        @Nullable Long requestId) {}
