package nl.erkenningsportaal.recognition;

/**
 * What a move means for the worker's recognition: within her municipality it is a correction of her work address; to
 * a municipality that takes part, a transfer its officers accept; to one that does not take part (or outside the
 * region) her recognition ends; and where a postcode lies in two municipalities she first chooses.
 */
public enum MoveKind {
    WITHIN,
    TRANSFER,
    NOT_TAKING_PART,
    OUTSIDE_REGION,
    CHOOSE
}
