package nl.erkenningsportaal.notification;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A notice in a staff member's portal: what happened and where to work on it; never a name, number or address. */
public record StaffAlert(long id, AlertKind kind, AlertSubject subjectType, long subjectId,
        @Nullable String municipalityId, Instant createdAt, @Nullable Instant readAt) {

    public boolean unread() {
        return readAt == null;
    }

    /** The portal path of the page where this is worked on. */
    public String path() {
        return subjectType.path(subjectId);
    }
}
