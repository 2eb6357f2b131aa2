package nl.erkenningsportaal.signal;

/** Where a signal stands. RAISED: the officer has not escalated it yet. */
public enum CaseStatus {
    RAISED,
    NEW,
    IN_PROGRESS,
    HANDED_OVER,
    CLOSED
}
