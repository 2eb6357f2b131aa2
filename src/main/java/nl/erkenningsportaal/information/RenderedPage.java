package nl.erkenningsportaal.information;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A page as a reader sees it: the newest published version, its title and sanitised HTML body in the reader's
 * language, or in Dutch with {@code fallback} set, and the local part of the chosen municipality if it has one.
 * {@code municipalitiesWithLocalPart} lists the municipalities that added something, so a reader is offered the
 * choice only where it matters.
 */
public record RenderedPage(String slug, Audience audience, int version, String title, String html, Locale language,
        boolean fallback, LocalDate lastReviewed, @Nullable LocalAddition local,
        List<String> municipalitiesWithLocalPart) {}
