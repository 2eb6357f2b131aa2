package nl.erkenningsportaal.outreach;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/** What an officer records after a visit. */
public record NewVisit(String address, LocalDateTime visitedAt, @Nullable Long advertisementId,
        @Nullable String firstLanguage, Outcome outcome, @Nullable LocalDate followUp, @Nullable String notes) {
    public static final int ADDRESS_MAX = 300;
    public static final int NOTES_MAX = 2000;
}
