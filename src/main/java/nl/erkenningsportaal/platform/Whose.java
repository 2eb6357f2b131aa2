package nl.erkenningsportaal.platform;

/**
 * Whose items a staff list shows (visit follow-ups, care requests, signal cases): the signed-in member's own, those
 * nobody owns yet, or everyone's. One filter for every assignable list, so each says the same thing the same way.
 */
public enum Whose {
    /** Assigned to the signed-in staff member. */
    MINE,
    /** Assigned to nobody yet. */
    UNASSIGNED,
    /** Every item the staff member may see. */
    EVERYONE;

    /** Whether an item owned by {@code assigneeId} passes this filter for staff member {@code me}. */
    public boolean admits(@org.jspecify.annotations.Nullable Long assigneeId, long me) {
        return switch (this) {
            case MINE -> assigneeId != null && assigneeId == me;
            case UNASSIGNED -> assigneeId == null;
            case EVERYONE -> true;
        };
    }
}
