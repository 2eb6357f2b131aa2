package nl.erkenningsportaal.information;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A save: one language of one page, region-wide (title and body) or a municipality's local part (body only; an
 * empty body removes the local part). It becomes version {@code baseVersion + 1}.
 */
public record PageEdit(String slug, String language, @Nullable String municipalityId, String title, String body,
        PageStatus status, LocalDate lastReviewed, int baseVersion) {

    public static final int TITLE_MAX = 200;
    /** Well under MEDIUMTEXT's 16 MiB, and far more than any page needs. */
    public static final int BODY_MAX = 60_000;
}
