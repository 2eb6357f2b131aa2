package nl.erkenningsportaal.recognition;

/** Why an objection is decided without a hearing: only the reasons Awb 7:3 allows. */
public enum NoHearingReason {
    /** She said she does not want to be heard. */
    WAIVED,
    MANIFESTLY_INADMISSIBLE,
    MANIFESTLY_UNFOUNDED,
    /** The objection will be upheld in full. */
    GRANTED_IN_FULL
}
