package nl.erkenningsportaal.information;

import java.util.Locale;

/**
 * A municipality's local part of a page, as safe HTML (headings from h3, beneath the view's own h2). {@code fallback}
 * is true when it is shown in Dutch because the reader's language is missing.
 */
public record LocalAddition(String municipalityId, String municipalityName, String html, Locale language,
        boolean fallback) {}
