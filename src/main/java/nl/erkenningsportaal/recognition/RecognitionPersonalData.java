package nl.erkenningsportaal.recognition;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.erkenningsportaal.audit.AuditAction;
import nl.erkenningsportaal.audit.AuditService;
import nl.erkenningsportaal.privacy.PersonalDataContributor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** The worker's requests, identity, history, messages and consent records, for export and erasure. */
@Component
class RecognitionPersonalData implements PersonalDataContributor {

    private final ReasonCatalogue reasons;
    private final RecognitionRequestRepository requests;
    private final RequestCrypto crypto;
    private final RequestLog log;
    private final AuditService audit;
    private final ConsentStore consents;
    private final ApplicationEventPublisher events;
    private final LifecycleData lifecycle;
    private final JsonMapper json = JsonMapper.builder().build();

    RecognitionPersonalData(RecognitionRequestRepository requests, RequestCrypto crypto, RequestLog log,
            AuditService audit, ConsentStore consents, ApplicationEventPublisher events, LifecycleData lifecycle,
            ReasonCatalogue reasons) {
        this.reasons = reasons;
        this.lifecycle = lifecycle;
        this.requests = requests;
        this.crypto = crypto;
        this.log = log;
        this.audit = audit;
        this.consents = consents;
        this.events = events;
    }

    @Override
    public String section() {
        return "recognition";
    }

    @Override
    public Map<String, Object> export(long accountId) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (RecognitionRequest r : requests.findByWorkerAccountIdOrderBySubmittedAtDesc(accountId)) {
            list.add(describe(r));
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("requests", list);
        data.put("consents", consents.workerConsents(accountId).stream().map(c -> consent(c)).toList());
        return data;
    }

    /** What an officer hands a worker who asked for her data: her requests in that municipality, as JSON. */
    String exportForWorker(List<RecognitionRequest> hers, Instant at) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("exportedAt", at.toString());
        data.put("requests", hers.stream().map(this::describe).toList());
        return json.writerWithDefaultPrettyPrinter().writeValueAsString(data);
    }

    private Map<String, Object> describe(RecognitionRequest r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("requestId", r.id);
        m.put("municipality", r.municipalityId);
        m.put("status", r.status.name());
        m.put("submittedAt", r.submittedAt.toString());
        if (!RequestRetention.ANONYMISED.equals(r.legalNameEnc)) {
            Identity id = crypto.identity(r);
            m.put("legalName", id.legalName());
            m.put("dateOfBirth", id.dateOfBirth().toString());
            m.put("nationality", id.nationality());
            m.put("workAddress", id.workAddress());
            m.put("phone", id.phone());
            m.put("workName", id.workName());
            m.put("languages", id.languages());
            m.put("preferredContact", id.preferredContact().name());
        }
        m.put("recognitionNumber", r.recognitionNumber);
        m.put("validUntil", r.validUntil == null ? null : r.validUntil.toString());
        m.putAll(lifecycle.describe(r.id)); // objections, corrections, moves, renewals
        m.put("intakeChecklist", r.checklist());
        // the municipality's extra items as they read when answered (decision 0051)
        m.put("intakeChecklistExtra", reasons.answers(r.id, ReasonCatalogue.INTAKE).stream()
                .map(a -> (a.item().textKey() != null ? a.item().textKey() : a.item().textEn()) + ": "
                        + (a.ticked() ? "yes" : "no")).toList());
        m.put("history", log.history(r.id).stream().map(h -> h.at() + " " + h.kind()).toList());
        m.put("messages", log.messages(r.id).stream().map(x -> x.at() + (x.fromWorker() ? " you: " : " officer: ")
                + x.text()).toList());
        consents.doorConsent(r.id).ifPresent(c -> {
            Map<String, Object> door = new LinkedHashMap<>();
            door.put("statementVersion", c.statementVersion());
            door.put("informedIn", c.language());
            door.put("consentedAt", c.consentedAt().toString());
            m.put("consentAtTheDoor", door);
        });
        return m;
    }

    private static Map<String, Object> consent(ConsentStore.WorkerConsent c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("statementVersion", c.statementVersion());
        m.put("consentedAt", c.consentedAt().toString());
        m.put("withdrawnAt", c.withdrawnAt() == null ? null : c.withdrawnAt().toString());
        return m;
    }

    /**
     * An erased request still counts in the anonymous figures: an undecided one as withdrawn, a recognition as
     * ended (so the active recognitions go down), with no reference to the worker.
     */
    static void tellOverviewOfErasure(RecognitionRequest r, ApplicationEventPublisher events) {
        if (RequestStatus.UNDECIDED.contains(r.status)) {
            events.publishEvent(new RequestWithdrawn(r.id, 0, r.municipalityId));
        } else if (r.status == RequestStatus.RECOGNISED) {
            events.publishEvent(new RecognitionEnded(r.id, 0, r.municipalityId, EndReason.ERASED));
        }
    }

    @Override
    public void erase(long accountId) {
        for (RecognitionRequest r : requests.findByWorkerAccountIdOrderBySubmittedAtDesc(accountId)) {
            tellOverviewOfErasure(r, events);
            audit.record(AuditAction.DATA_ERASED, "REQUEST", Long.toString(r.id), "erased by the worker");
            requests.delete(r);
        }
        requests.flush();
        consents.eraseWorkerConsents(accountId);
    }
}
