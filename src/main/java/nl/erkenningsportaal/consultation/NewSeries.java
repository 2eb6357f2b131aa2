package nl.erkenningsportaal.consultation;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;

/** A recurring consultation: every {@code weekday} between the dates, slots of {@code slotMinutes}. */
public record NewSeries(long locationId, DayOfWeek weekday, LocalTime start, LocalTime end, int slotMinutes,
        int placesPerSlot, LocalDate firstDate, LocalDate lastDate, Set<String> municipalityIds) {
    public static final int MAX_PLACES = 50;
}
