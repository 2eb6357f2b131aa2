package nl.erkenningsportaal.recognition;

/** Where the intake conversation takes place. */
public enum IntakePlace {
    AT_WORK_ADDRESS,
    TOWN_HALL,
    OTHER
}
