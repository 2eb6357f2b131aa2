package nl.erkenningsportaal.municipality;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What joining or leaving the regional policy means for one municipality, in real counts, shown before the
 * administrator confirms.
 *
 * @param municipality       the municipality as it is now
 * @param postcodeAreas      its four-digit postcode areas (from which requests come, or stop coming)
 * @param activeRecognitions recognitions valid now: on leaving they stay valid until their end date, without renewal
 * @param openRequests       requests not yet decided: on leaving its officers still decide them
 * @param lastValidUntil     the last end date of a valid recognition, if any
 */
public record ParticipationImpact(Municipality municipality, int postcodeAreas, long activeRecognitions,
        long openRequests, @Nullable LocalDate lastValidUntil) {}
