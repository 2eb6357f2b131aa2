package nl.erkenningsportaal.recognition;

/** Why a recognition ended. */
public enum EndReason {
    MOVED,
    STOPPED,
    EXPIRED,
    /** The worker erased their data (or withdrew consent) while recognised. */
    ERASED
}
