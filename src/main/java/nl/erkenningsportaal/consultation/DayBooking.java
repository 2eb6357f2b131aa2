package nl.erkenningsportaal.consultation;

import org.jspecify.annotations.Nullable;

/**
 * A booking in the GGD's day view: its own booking code, never a recognition number, name, birth date or address.
 */
public record DayBooking(long id, String reference, @Nullable String workName, String language, boolean interpreter,
        @Nullable Reason reason, BookingStatus status) {}
