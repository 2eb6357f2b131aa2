package nl.erkenningsportaal.consultation;

import java.time.LocalDate;
import java.time.LocalTime;
import org.jspecify.annotations.Nullable;

/** One of the worker's own bookings. */
public record MyBooking(long id, long slotId, String code, LocalDate date, LocalTime start, LocalTime end,
        String locationName, String locationAddress, String language, boolean interpreter, @Nullable Reason reason,
        BookingStatus status, String municipalityId) {}
