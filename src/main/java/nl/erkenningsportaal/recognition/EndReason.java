package nl.erkenningsportaal.recognition;

/** Why a recognition ended. */
public enum EndReason {
    MOVED,
    STOPPED,
    EXPIRED,
    /** The worker erased their data (or withdrew consent) while recognised. */
    ERASED,
    /** The municipality ended it against her wish: a decision she can object to ({@link ObjectionService}). */
    REVOKED
}
