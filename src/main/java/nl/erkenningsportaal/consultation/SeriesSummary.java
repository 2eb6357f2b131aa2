package nl.erkenningsportaal.consultation;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;

/** A series as it stands now: where, which weekday, the times and places of its newest sessions, and its dates. */
public record SeriesSummary(long id, String locationName, DayOfWeek weekday, LocalTime start, LocalTime end,
        int slotMinutes, int placesPerSlot, LocalDate firstDate, LocalDate lastDate) {}
