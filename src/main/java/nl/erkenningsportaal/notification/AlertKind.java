package nl.erkenningsportaal.notification;

import java.util.Arrays;
import java.util.List;
import nl.erkenningsportaal.platform.Roles;

/**
 * What a staff member is alerted to, who (by role) it is for, what it is about, and how it is delivered until the
 * staff member chooses otherwise. An alert about a request that is assigned goes to the assignee only; otherwise to
 * every officer of the municipality.
 */
public enum AlertKind {
    /** An officer escalated a signal to the regional coordinator. */
    SIGNAL_ESCALATED(Roles.COORDINATOR, AlertSubject.SIGNAL, AlertDelivery.AT_ONCE, false),
    /** An escalated signal marked "immediate": always mailed at once, whatever the choice for other kinds. */
    SIGNAL_IMMEDIATE(Roles.COORDINATOR, AlertSubject.SIGNAL, AlertDelivery.AT_ONCE, true),
    /** A fellow coordinator gave this coordinator an escalated case. */
    CASE_ASSIGNED(Roles.COORDINATOR, AlertSubject.SIGNAL, AlertDelivery.AT_ONCE, false),
    REQUEST_SUBMITTED(Roles.OFFICER, AlertSubject.REQUEST, AlertDelivery.AT_ONCE, false),
    /** A colleague assigned a request to this officer. */
    REQUEST_ASSIGNED(Roles.OFFICER, AlertSubject.REQUEST, AlertDelivery.AT_ONCE, false),
    /** A colleague gave this officer a visit's follow-up. */
    FOLLOW_UP_ASSIGNED(Roles.OFFICER, AlertSubject.VISIT, AlertDelivery.AT_ONCE, false),
    /** A colleague gave this officer a care request. */
    CARE_REQUEST_ASSIGNED(Roles.OFFICER, AlertSubject.CARE, AlertDelivery.AT_ONCE, false),
    WORKER_MESSAGE(Roles.OFFICER, AlertSubject.REQUEST, AlertDelivery.AT_ONCE, false),
    MOVE_REPORTED(Roles.OFFICER, AlertSubject.REQUEST, AlertDelivery.AT_ONCE, false),
    OBJECTION_LODGED(Roles.OFFICER, AlertSubject.REQUEST, AlertDelivery.AT_ONCE, false),
    /** An intake planned for today (announced early in the morning). */
    INTAKE_DUE(Roles.OFFICER, AlertSubject.REQUEST, AlertDelivery.DAILY_DIGEST, false),
    RECOGNITION_EXPIRING(Roles.OFFICER, AlertSubject.REQUEST, AlertDelivery.DAILY_DIGEST, false),
    /** A session of the walk-in consultation has no place left. */
    SESSION_FULL(Roles.GGD, AlertSubject.SESSION, AlertDelivery.DAILY_DIGEST, false),
    /** A booking was cancelled so shortly before its time that the place will probably stay empty. */
    BOOKING_CANCELLED_LATE(Roles.GGD, AlertSubject.SESSION, AlertDelivery.AT_ONCE, false);

    private final String role;
    private final AlertSubject subject;
    private final AlertDelivery defaultDelivery;
    private final boolean alwaysAtOnce;

    AlertKind(String role, AlertSubject subject, AlertDelivery defaultDelivery, boolean alwaysAtOnce) {
        this.role = role;
        this.subject = subject;
        this.defaultDelivery = defaultDelivery;
        this.alwaysAtOnce = alwaysAtOnce;
    }

    /** The role whose members receive this kind. */
    public String role() {
        return role;
    }

    public AlertSubject subject() {
        return subject;
    }

    public AlertDelivery defaultDelivery() {
        return defaultDelivery;
    }

    /** True when the staff member cannot choose: the alert is too urgent to wait for a digest. */
    public boolean alwaysAtOnce() {
        return alwaysAtOnce;
    }

    /** The kinds a member of {@code role} receives, in the order the settings page shows them. */
    public static List<AlertKind> forRole(String role) {
        return Arrays.stream(values()).filter(k -> k.role.equals(role)).toList();
    }
}
