package nl.erkenningsportaal.consultation;

/** Domain event: ids, times (Europe/Amsterdam) and the location only, never a worker's identity. */
public record AttendanceRecorded(long bookingId, String municipalityId, BookingStatus status) {}
