package nl.erkenningsportaal.consultation;

import org.jspecify.annotations.Nullable;

/** What a worker chooses when booking; the municipality decides which sessions serve them. */
public record BookingRequest(long slotId, String municipalityId, String language, boolean interpreter,
        @Nullable Reason reason, @Nullable String workName) {
    public static final int WORK_NAME_MAX = 100;
}
