package nl.erkenningsportaal.notification;

import java.time.LocalDateTime;

/**
 * A GGD appointment as the notifications need it: a stable reference of the booking, the worker's account, when
 * (Europe/Amsterdam local time) and where. Built by the listeners from the consultation module's events.
 */
record Appointment(String bookingRef, long accountId, LocalDateTime start, LocalDateTime end, String location) {}
