package nl.erkenningsportaal.recognition;

/**
 * The decision on an objection: upheld (gegrond: the decision is revoked and the request or recognition is open
 * again), unfounded (ongegrond: the decision stands) or inadmissible (niet-ontvankelijk, e.g. late without a good
 * reason).
 */
public enum ObjectionOutcome {
    UPHELD,
    UNFOUNDED,
    INADMISSIBLE
}
