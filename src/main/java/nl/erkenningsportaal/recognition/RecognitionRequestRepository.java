package nl.erkenningsportaal.recognition;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface RecognitionRequestRepository extends JpaRepository<RecognitionRequest, Long> {

    Optional<RecognitionRequest> findByIdAndMunicipalityId(long id, String municipalityId);

    boolean existsByIdAndMunicipalityId(long id, String municipalityId);

    List<RecognitionRequest> findByWorkerAccountIdOrderBySubmittedAtDesc(long workerAccountId);

    Optional<RecognitionRequest> findFirstByWorkerAccountIdAndStatusIn(long workerAccountId,
            Collection<RequestStatus> statuses);

    Optional<RecognitionRequest> findByRecognitionNumberAndMunicipalityId(String number, String municipalityId);

    boolean existsByRecognitionNumber(String number);

    List<RecognitionRequest> findByStatusAndValidUntil(RequestStatus status, java.time.LocalDate validUntil);

    List<RecognitionRequest> findByStatusAndMunicipalityIdAndValidUntilBetween(RequestStatus status,
            String municipalityId, java.time.LocalDate from, java.time.LocalDate until);

    List<RecognitionRequest> findByStatusAndMunicipalityId(RequestStatus status, String municipalityId);

    long countByStatusInAndMunicipalityId(Collection<RequestStatus> statuses, String municipalityId);

    List<RecognitionRequest> findByStatusAndValidUntilBefore(RequestStatus status, java.time.LocalDate date);

    List<RecognitionRequest> findByStatusAndIntakeAtGreaterThanEqualAndIntakeAtLessThan(RequestStatus status,
            java.time.Instant from, java.time.Instant until);

    long countByDuplicateIndexAndMunicipalityIdAndIdNot(String duplicateIndex, String municipalityId, long id);
}
