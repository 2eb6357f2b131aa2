package nl.erkenningsportaal.recognition;

/** A decision the worker did not ask for, open to objection: a declined request or a revoked recognition. */
public enum DecisionKind {
    DECLINE,
    REVOCATION
}
