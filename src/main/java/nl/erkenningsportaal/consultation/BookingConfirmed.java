package nl.erkenningsportaal.consultation;

import java.time.Duration;
import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/**
 * Domain event: ids, times (Europe/Amsterdam) and the location only, never a worker's identity; with the GGD's
 * reminder lead time that held when the booking was made (null in events stored before issue 20: the default).
 */
public record BookingConfirmed(long bookingId, long workerAccountId, String municipalityId, LocalDateTime start, LocalDateTime end, String locationName, String locationAddress, String language,
        @Nullable Duration reminderBefore) {}
