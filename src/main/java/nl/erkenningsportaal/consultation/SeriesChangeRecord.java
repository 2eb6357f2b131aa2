package nl.erkenningsportaal.consultation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import org.jspecify.annotations.Nullable;

/**
 * One change of a series in its history: who (the staff account's id only; null once the audit term is over), when,
 * from which date, the values before and after, and what it did: to sessions, to bookings and to the waiting lists
 * (null for a change made before its waiting lists were counted here; its audit line has them).
 */
public record SeriesChangeRecord(long seriesId, @Nullable Long changedBy, Instant changedAt, LocalDate fromDate,
        LocalDate lastDateBefore, LocalDate lastDateAfter, LocalTime startBefore, LocalTime startAfter,
        LocalTime endBefore, LocalTime endAfter, int placesBefore, int placesAfter, int sessionsChanged,
        int sessionsAdded, int sessionsRemoved, int bookingsMoved, int bookingsCancelled, @Nullable Integer waitingMoved,
        @Nullable Integer waitingEnded, @Nullable Integer waitingGivenPlace) {}
