package nl.erkenningsportaal.recognition;

/** A step of an objection the worker is told about (in the portal inbox, with a discreet mail). */
public enum ObjectionStep {
    RECEIVED,
    HEARING_PLANNED,
    DECIDED
}
