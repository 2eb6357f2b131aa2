package nl.erkenningsportaal.recognition;

import java.util.EnumSet;
import java.util.Set;

/** Where a request stands. */
public enum RequestStatus {
    SUBMITTED,
    INTAKE_PLANNED,
    MORE_INFORMATION_ASKED,
    RECOGNISED,
    DECLINED,
    WITHDRAWN,
    ENDED;

    /** A worker has at most one request in these states. */
    public static final Set<RequestStatus> OPEN = EnumSet.of(SUBMITTED, INTAKE_PLANNED, MORE_INFORMATION_ASKED,
            RECOGNISED);

    /** States in which an officer can still decide. */
    public static final Set<RequestStatus> UNDECIDED = EnumSet.of(SUBMITTED, INTAKE_PLANNED, MORE_INFORMATION_ASKED);
}
