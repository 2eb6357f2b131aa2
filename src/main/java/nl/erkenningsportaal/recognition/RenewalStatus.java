package nl.erkenningsportaal.recognition;

/** A renewal asked, its conversation planned, or renewed. */
public enum RenewalStatus {
    ASKED,
    PLANNED,
    RENEWED
}
