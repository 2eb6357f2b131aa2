package nl.erkenningsportaal.overview;

/** What is counted. Visits are counted per outcome. */
public enum Metric {
    REQUESTS_SUBMITTED,
    RECOGNISED,
    RENEWED,
    /** A stock, not a flow: the number of recognitions in force at the quarter's last change. */
    ACTIVE_RECOGNITIONS,
    DECLINED,
    WITHDRAWN,
    RECOGNITIONS_ENDED,
    ADVERTISEMENTS,
    VISITS_NOT_AT_HOME,
    VISITS_DECLINED_CONVERSATION,
    VISITS_INFORMED,
    VISITS_INTAKE_PLANNED,
    VISITS_RECOGNISED_AT_DOOR,
    VISITS_SIGNAL_RAISED,
    SIGNALS_RAISED,
    SIGNALS_HANDED_OVER,
    GGD_BOOKINGS,
    GGD_ATTENDED,
    GGD_NO_SHOWS,
    GGD_WALK_INS
}
