package nl.erkenningsportaal.recognition;

import java.time.Clock;
import java.util.Optional;
import nl.erkenningsportaal.account.CurrentUser;
import nl.erkenningsportaal.platform.Refusal;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Component;

/**
 * The request a lifecycle service works on, found the way the recognition services find it: an officer's only in her
 * own municipality (another municipality's request is "not found", never "forbidden"), a worker's only her own.
 */
@Component
class OwnRequests {

    private final RecognitionRequestRepository requests;
    private final CurrentUser currentUser;
    private final RequestLog log;
    private final Clock clock;

    OwnRequests(RecognitionRequestRepository requests, CurrentUser currentUser, RequestLog log, Clock clock) {
        this.requests = requests;
        this.currentUser = currentUser;
        this.log = log;
        this.clock = clock;
    }

    /** The signed-in officer's municipality. */
    String officerMunicipality() {
        String m = currentUser.require().municipalityId();
        if (m == null) {
            throw new Refusal("error.not-found");
        }
        return m;
    }

    RecognitionRequest ofOfficer(long requestId) {
        return requests.findByIdAndMunicipalityId(requestId, officerMunicipality())
                .orElseThrow(() -> new Refusal("error.not-found"));
    }

    long accountId() {
        return currentUser.require().id();
    }

    /** The signed-in worker's newest request. */
    Optional<RecognitionRequest> newestOfWorker() {
        return requests.findByWorkerAccountIdOrderBySubmittedAtDesc(accountId()).stream().findFirst();
    }

    RecognitionRequest requireNewestOfWorker() {
        return newestOfWorker().orElseThrow(() -> new Refusal("recognition.error.no-open-request"));
    }

    /** Saves a change with its history line; a colleague's change in between is refused, not overwritten. */
    RecognitionRequest save(RecognitionRequest r, String historyKind, String actorRole) {
        r.updatedAt = clock.instant();
        RecognitionRequest saved;
        try {
            saved = requests.saveAndFlush(r);
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new Refusal("recognition.error.changed-meanwhile");
        }
        log.history(r.id, historyKind, actorRole);
        return saved;
    }

    /** A history line without a change to the request (its last change moves, so retention counts from here). */
    void note(RecognitionRequest r, String historyKind, String actorRole) {
        save(r, historyKind, actorRole);
    }
}
