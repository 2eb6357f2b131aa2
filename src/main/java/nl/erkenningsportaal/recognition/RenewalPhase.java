package nl.erkenningsportaal.recognition;

/**
 * Where the worker stands with renewing: too early (the window opens a month before the end date), open (until the
 * grace period after it), asked (waiting for the renewal conversation), or closed (the grace period is over: she
 * starts again with a new request).
 */
public enum RenewalPhase {
    NOT_YET,
    OPEN,
    ASKED,
    CLOSED
}
