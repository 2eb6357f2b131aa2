package nl.erkenningsportaal.information;

/** A published page in the index, with its title in the reader's language (or Dutch). */
public record PageSummary(String slug, Audience audience, String title) {}
