package nl.erkenningsportaal.information;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A page in the editor's list: its Dutch title, its newest version and the newest published one. */
public record PageOverview(String slug, Audience audience, String title, int latestVersion,
        PageStatus latestStatus, @Nullable LocalDate lastReviewed, @Nullable Integer publishedVersion) {}
