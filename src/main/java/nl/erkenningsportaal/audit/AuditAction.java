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
    ALERT_CHOICE_CHANGED,
    ASSIGNMENT_CHANGED,
    RULES_CHANGED,
    MUNICIPALITY_JOINED,
    MUNICIPALITY_LEFT,
    BOOKED_FOR_CALLER
}
