package nl.erkenningsportaal.recognition;

/**
 * Why the municipality ends a recognition against the worker's wish (a revocation); the officer adds an explanation.
 * A revocation is a decision she can object to, like a decline.
 */
public enum RevokeReason {
    NO_LONGER_AT_ADDRESS,
    RULES_NOT_FOLLOWED,
    INCORRECT_INFORMATION,
    NOT_VOLUNTARY,
    OTHER
}
