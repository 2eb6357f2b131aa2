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
    SECOND_FACTOR_RESET
}
