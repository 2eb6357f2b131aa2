package nl.erkenningsportaal.recognition;

/** A proposed correction, confirmed or refused by an officer, or withdrawn by the worker. */
public enum CorrectionStatus {
    PROPOSED,
    CONFIRMED,
    REFUSED,
    WITHDRAWN
}
