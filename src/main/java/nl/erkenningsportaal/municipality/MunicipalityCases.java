package nl.erkenningsportaal.municipality;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What the municipality module asks the module that holds a municipality's requests and recognitions before it joins
 * or leaves the regional policy (an interface this module owns, implemented there: a module never reads another's
 * tables, and the recognition module already depends on this one).
 */
public interface MunicipalityCases {

    /** Recognitions of the municipality that are valid now. */
    long activeRecognitions(String municipalityId);

    /** Requests of the municipality not yet decided (submitted, intake planned). */
    long openRequests(String municipalityId);

    /** The end date of the municipality's recognition that stays valid longest; empty when none is valid. */
    Optional<LocalDate> lastValidUntil(String municipalityId);
}
