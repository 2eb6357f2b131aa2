package nl.erkenningsportaal.information;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What an editor starts from: one language of the newest version (draft or published), either the region-wide
 * title and body or, with a municipality, its local part (title empty). Empty strings when nothing is written yet.
 * {@code baseVersion} goes back with the save, so a save on top of someone else's newer version is refused.
 */
public record EditableText(String slug, String language, @Nullable String municipalityId, String title,
        String body, int baseVersion, PageStatus status, LocalDate lastReviewed) {}
