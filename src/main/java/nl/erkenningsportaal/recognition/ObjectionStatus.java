package nl.erkenningsportaal.recognition;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an objection stands: lodged by the worker; receipt confirmed by an officer (Awb 6:14); a hearing planned, then
 * held (7:2) or recorded as not held with the reason the law allows (7:3); decided (7:11); or withdrawn by her.
 */
public enum ObjectionStatus {
    LODGED,
    RECEIVED,
    HEARING_PLANNED,
    HEARD,
    NOT_HEARD,
    DECIDED,
    WITHDRAWN;

    /** Not yet decided or withdrawn. */
    public static final Set<ObjectionStatus> OPEN = EnumSet.of(LODGED, RECEIVED, HEARING_PLANNED, HEARD, NOT_HEARD);
}
