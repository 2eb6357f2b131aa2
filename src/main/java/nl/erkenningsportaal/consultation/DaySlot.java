package nl.erkenningsportaal.consultation;

import java.util.List;

/** A slot with its bookings, for the GGD's day view. */
public record DaySlot(SlotView slot, List<DayBooking> bookings, int waiting) {}
