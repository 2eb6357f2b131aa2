package nl.erkenningsportaal.recognition;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.erkenningsportaal.audit.AuditAction;
import nl.erkenningsportaal.audit.AuditService;
import nl.erkenningsportaal.privacy.PersonalDataContributor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** The worker's requests, identity, history, messages and consent records, for export and erasure. */
@Component
class RecognitionPersonalData implements PersonalDataContributor {

    private final RecognitionRequestRepository requests;
    private final RequestCrypto crypto;
    private final RequestLog log;
    private final AuditService audit;
    private final RecognitionStore store;
    private final ApplicationEventPublisher events;

    RecognitionPersonalData(RecognitionRequestRepository requests, RequestCrypto crypto, RequestLog log,
            AuditService audit, RecognitionStore store, ApplicationEventPublisher events) {
        this.requests = requests;
        this.crypto = crypto;
        this.log = log;
        this.audit = audit;
        this.store = store;
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
            Identity id = crypto.identity(r);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("requestId", r.id);
            m.put("municipality", r.municipalityId);
            m.put("status", r.status.name());
            m.put("submittedAt", r.submittedAt.toString());
            m.put("legalName", id.legalName());
            m.put("dateOfBirth", id.dateOfBirth().toString());
            m.put("nationality", id.nationality());
            m.put("workAddress", id.workAddress());
            m.put("phone", id.phone());
            m.put("workName", id.workName());
            m.put("languages", id.languages());
            m.put("preferredContact", id.preferredContact().name());
            m.put("recognitionNumber", r.recognitionNumber);
            m.put("validUntil", r.validUntil == null ? null : r.validUntil.toString());
            m.put("intakeChecklist", r.checklist());
            m.put("history", log.history(r.id).stream().map(h -> h.at() + " " + h.kind()).toList());
            m.put("messages", log.messages(r.id).stream().map(x -> x.at() + (x.fromWorker() ? " you: " : " officer: ")
                    + x.text()).toList());
            list.add(m);
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("requests", list);
        data.put("consents", store.consentRowsOf(accountId).stream().map(row -> row.toString()).toList());
        return data;
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
        store.eraseConsents(accountId);
    }
}
