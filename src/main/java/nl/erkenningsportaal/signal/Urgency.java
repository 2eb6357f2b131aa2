package nl.erkenningsportaal.signal;

/** How soon the coordinator should act. */
public enum Urgency {
    LOW,
    MEDIUM,
    HIGH,
    IMMEDIATE
}
