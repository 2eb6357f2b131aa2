package nl.erkenningsportaal.consultation;

import org.jspecify.annotations.Nullable;

/**
 * A booking in the GGD's day view: the recognition number or booking code, never a name, birth date or address.
 */
public record DayBooking(long id, String reference, @Nullable String workName, String language, boolean interpreter,
        @Nullable Reason reason, BookingStatus status) {}
