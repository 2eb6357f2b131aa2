package nl.erkenningsportaal.information;

import java.time.Instant;
import java.time.LocalDate;

/** One line of a page's history: which version, draft or published, who saved it and when. */
public record PageVersionInfo(int number, PageStatus status, LocalDate lastReviewed, String savedBy,
        Instant savedAt) {}
