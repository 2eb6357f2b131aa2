package nl.erkenningsportaal.consultation;

import java.util.List;

/** A session's day: every slot with its bookings. */
public record DayView(SessionSummary session, List<DaySlot> slots) {}
