package nl.erkenningsportaal.information;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A save: one language of one page, region-wide (title and body) or a municipality's local part (body only; an
 * empty body removes the local part). It becomes version {@code baseVersion + 1}. {@code asksConsentAgain} marks a
 * published version of the privacy statement as a major change: every worker who agreed to an older version is
 * asked again at her next sign-in.
 */
public record PageEdit(String slug, String language, @Nullable String municipalityId, String title, String body,
        PageStatus status, LocalDate lastReviewed, int baseVersion, boolean asksConsentAgain) {

    public static final int TITLE_MAX = 200;
    /** Well under MEDIUMTEXT's 16 MiB, and far more than any page needs. */
    public static final int BODY_MAX = 60_000;

    /** A save that asks no one for consent again (every page but a major change of the privacy statement). */
    public PageEdit(String slug, String language, @Nullable String municipalityId, String title, String body,
            PageStatus status, LocalDate lastReviewed, int baseVersion) {
        this(slug, language, municipalityId, title, body, status, lastReviewed, baseVersion, false);
    }
}
