package nl.erkenningsportaal.recognition;

/** Why a request is declined; the officer adds free text. */
public enum DeclineReason {
    UNDER_AGE,
    NOT_VOLUNTARY,
    NOT_IN_MUNICIPALITY,
    NO_SEX_WORK_AT_ADDRESS,
    NO_INTAKE_POSSIBLE,
    OTHER
}
