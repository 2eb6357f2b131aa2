package nl.erkenningsportaal.outreach;

/** How a visit went. */
public enum Outcome {
    NOT_AT_HOME,
    DECLINED_CONVERSATION,
    INFORMED,
    INTAKE_PLANNED,
    RECOGNISED_AT_DOOR,
    SIGNAL_RAISED
}
