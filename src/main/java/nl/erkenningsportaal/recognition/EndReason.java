package nl.erkenningsportaal.recognition;

/** Why a recognition ended. */
public enum EndReason {
    MOVED,
    STOPPED,
    EXPIRED
}
