package nl.erkenningsportaal.consultation;

import java.time.LocalDate;
import java.time.LocalTime;
import org.jspecify.annotations.Nullable;

/** One consultation session (one date of a series). */
public record SessionSummary(long id, LocalDate date, LocalTime start, LocalTime end, String locationName,
        String locationAddress, @Nullable String accessibilityNotes, boolean cancelled,
        @Nullable String cancelMessage, int capacity, int booked, int walkIns) {}
