package nl.erkenningsportaal.consultation;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * A booking as the GGD sees it on the phone, found by its code: when and where, for which municipality, and whether
 * it holds a place. {@code byPhone} is false for a booking a worker made herself (she is told of a change in the
 * portal); a caller's booking has no account, so the GGD tells her on the phone.
 */
public record CallerBooking(long id, String code, long slotId, LocalDate date, LocalTime start, LocalTime end,
        String locationName, String locationAddress, String municipalityId, String language, BookingStatus status, boolean byPhone) {}
