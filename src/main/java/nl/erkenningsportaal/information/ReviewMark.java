package nl.erkenningsportaal.information;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Whether a native speaker has read one text in one language: an information page ({@code subject} is its slug) or
 * the screens ({@link TextReviewService#SCREENS}). {@code currentVersion} is the page's newest published version.
 */
public record ReviewMark(String subject, String title, String language, @Nullable String reviewer,
        @Nullable Instant recordedAt, @Nullable Integer reviewedVersion, @Nullable Integer currentVersion) {

    public enum State { NOT_REVIEWED, REVIEWED, CHANGED_SINCE }

    public State state() {
        if (reviewer == null) {
            return State.NOT_REVIEWED;
        }
        return reviewedVersion != null && currentVersion != null && currentVersion > reviewedVersion
                ? State.CHANGED_SINCE
                : State.REVIEWED;
    }
}
