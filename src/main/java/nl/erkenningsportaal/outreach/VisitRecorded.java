package nl.erkenningsportaal.outreach;

import java.time.LocalDate;

/** Domain event for the anonymous overview. */
public record VisitRecorded(long visitId, String municipalityId, Outcome outcome, LocalDate date) {}
