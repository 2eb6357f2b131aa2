package nl.erkenningsportaal.outreach;

import java.util.Set;

/** How a visit went. */
public enum Outcome {
    NOT_AT_HOME,
    DECLINED_CONVERSATION,
    INFORMED,
    INTAKE_PLANNED,
    RECOGNISED_AT_DOOR,
    SIGNAL_RAISED;

    /** Nobody opened, or the person did not want to talk: the address is kept only a few weeks. */
    public static final Set<Outcome> NO_CONTACT = Set.of(NOT_AT_HOME, DECLINED_CONVERSATION);
}
