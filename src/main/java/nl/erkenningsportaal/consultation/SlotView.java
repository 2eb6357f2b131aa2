package nl.erkenningsportaal.consultation;

import java.time.LocalTime;

/** A time slot with its places. */
public record SlotView(long id, LocalTime start, LocalTime end, int capacity, int booked) {
    public int free() {
        return capacity - booked;
    }
}
