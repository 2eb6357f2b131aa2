package nl.erkenningsportaal.recognition;

/** How the worker prefers to be contacted. */
public enum ContactPreference {
    PORTAL,
    PHONE,
    EMAIL
}
