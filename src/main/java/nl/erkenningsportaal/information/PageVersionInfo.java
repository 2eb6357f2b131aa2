package nl.erkenningsportaal.information;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One line of a page's history: which version, draft or published, who saved it and when, and (privacy statement
 * only) whether it asks every worker for consent again.
 */
public record PageVersionInfo(int number, PageStatus status, LocalDate lastReviewed, String savedBy,
        Instant savedAt, boolean asksConsentAgain) {}
