package nl.erkenningsportaal.consultation;

import java.time.LocalDate;
import java.time.LocalTime;

/** A place on a waiting list: the slot and the worker's position in line. */
public record MyWaiting(long slotId, LocalDate date, LocalTime start, String locationName, int position) {}
