package nl.erkenningsportaal.recognition;

/** Where a worker's consent to the privacy statement stands. */
public enum ConsentStatus {
    /** She agreed to a version that still counts. */
    CURRENT,
    /** She agreed to a version older than the newest major version: she is asked again at sign-in. */
    ASK_AGAIN,
    /** She withdrew her consent (or never gave it): she may give it again, with a new request. */
    NONE
}
