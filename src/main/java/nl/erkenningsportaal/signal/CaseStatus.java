package nl.erkenningsportaal.signal;

/** Where a signal stands. RAISED: the officer has not escalated it yet. */
public enum CaseStatus {
    RAISED,
    NEW,
    IN_PROGRESS,
    HANDED_OVER,
    CLOSED;

    /** Whether the coordinator's work on the case is done (closed, or handed over to the police or care). */
    public boolean closed() {
        return this == HANDED_OVER || this == CLOSED;
    }
}
