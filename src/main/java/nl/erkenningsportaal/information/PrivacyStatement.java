package nl.erkenningsportaal.information;

import java.util.Locale;

/**
 * The privacy statement as shown when someone gives consent; a consent record stores {@code version}. The HTML is
 * sanitised, with headings from h2.
 */
public record PrivacyStatement(int version, String title, String html, Locale language, boolean fallback) {}
