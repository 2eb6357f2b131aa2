package nl.erkenningsportaal.recognition;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import nl.erkenningsportaal.municipality.MunicipalityCases;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Counts of a municipality's requests and recognitions, for the municipality module's join/leave dialog. */
@Component
@Transactional(readOnly = true)
class RecognitionCases implements MunicipalityCases {

    private final RecognitionRequestRepository requests;

    RecognitionCases(RecognitionRequestRepository requests) {
        this.requests = requests;
    }

    @Override
    public long activeRecognitions(String municipalityId) {
        return requests.countByStatusInAndMunicipalityId(java.util.Set.of(RequestStatus.RECOGNISED), municipalityId);
    }

    @Override
    public long openRequests(String municipalityId) {
        return requests.countByStatusInAndMunicipalityId(RequestStatus.UNDECIDED, municipalityId);
    }

    @Override
    public Optional<LocalDate> lastValidUntil(String municipalityId) {
        return requests.findByStatusAndMunicipalityId(RequestStatus.RECOGNISED, municipalityId).stream()
                .map(r -> r.validUntil).filter(Objects::nonNull).map(Objects::requireNonNull)
                .max(java.util.Comparator.naturalOrder());
    }
}
