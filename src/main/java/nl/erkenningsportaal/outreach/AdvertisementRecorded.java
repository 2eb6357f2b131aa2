package nl.erkenningsportaal.outreach;

import java.time.LocalDate;

/** Domain event for the anonymous overview. */
public record AdvertisementRecorded(long advertisementId, String municipalityId, LocalDate date) {}
