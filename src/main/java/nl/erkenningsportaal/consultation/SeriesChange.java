package nl.erkenningsportaal.consultation;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * A change of a series as the GGD enters it: from {@code fromDate} on, the series ends on {@code lastDate}, its
 * sessions run from {@code start} to {@code end} and each slot has {@code placesPerSlot} places. Sessions before the
 * date, and sessions already begun, never change.
 */
public record SeriesChange(LocalDate fromDate, LocalDate lastDate, LocalTime start, LocalTime end,
        int placesPerSlot) {}
