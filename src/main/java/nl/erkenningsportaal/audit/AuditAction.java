package nl.erkenningsportaal.audit;

/** What happened. Names are stable: they are stored and chained. */
public enum AuditAction {
    STAFF_ACCOUNT_CREATED,
    ACCOUNT_DISABLED,
    ACCOUNT_ENABLED,
    PASSWORD_CHANGED,
    MUNICIPALITY_SETTINGS_CHANGED,
    IDENTITY_VIEWED,
    NUMBER_LOOKED_UP,
    DECISION_TAKEN,
    REQUEST_CHANGED,
    DATA_EXPORTED,
    DATA_ERASED,
    PAGE_PUBLISHED,
    SIGNAL_IDENTITY_VIEWED,
    SECOND_FACTOR_RESET,
    EMAIL_CHANGED,
    EMAIL_CONFIRMED,
    PASSWORD_RESET,
    MAIL_RETRIED,
    PAGE_SAVED,
    SECOND_FACTOR_ENROLLED,
    RECOVERY_CODE_USED,
    AUDIT_EXPORTED,
    /** A retention rule erased data (counts only, never whose). */
    RETENTION_APPLIED,
    /** The oldest entries of this trail were pruned after the region's term, from a recorded checkpoint. */
    AUDIT_PRUNED,
    /** Messages and notes of a request were opened, with a stated reason. */
    MESSAGES_VIEWED,
    OBJECTION_LODGED,
    OBJECTION_WITHDRAWN,
    OBJECTION_STEP_RECORDED,
    MOVE_REPORTED,
    CORRECTION_PROPOSED,
    CORRECTION_DECIDED,
    RENEWAL_ASKED,
    /** A care or exit-support request was opened by the staff (issue 19). */
    CARE_REQUEST_OPENED,
    /** A question sent without an account was opened by the staff (issue 19). */
    QUESTION_OPENED,
    /** An officer who saw the worker in person issued a one-time recovery code (issue 19). */
    PASSWORD_RECOVERY_CODE_ISSUED,
    /** The worker set a new password with an officer's recovery code (issue 19). */
    PASSWORD_RECOVERED,
    ALERT_CHOICE_CHANGED,
    ASSIGNMENT_CHANGED,
    RULES_CHANGED,
    MUNICIPALITY_JOINED,
    MUNICIPALITY_LEFT,
    BOOKED_FOR_CALLER,
    /** The GGD changed a series from a date on (issue 20): what changed and how many bookings it touched. */
    SERIES_CHANGED
}
