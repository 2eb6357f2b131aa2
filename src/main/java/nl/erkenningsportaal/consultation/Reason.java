package nl.erkenningsportaal.consultation;

/** Why the worker comes (optional). */
public enum Reason {
    STI_TEST,
    VACCINATION,
    CONTRACEPTION,
    TALK,
    OTHER
}
