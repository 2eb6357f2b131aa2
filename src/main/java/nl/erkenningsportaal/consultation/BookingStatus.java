package nl.erkenningsportaal.consultation;

/** A booking holds a place only while BOOKED. */
public enum BookingStatus {
    BOOKED,
    CANCELLED,
    ATTENDED,
    NO_SHOW
}
