package nl.erkenningsportaal.recognition;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import nl.erkenningsportaal.audit.AccessReason;
import nl.erkenningsportaal.audit.AuditAction;
import nl.erkenningsportaal.audit.AuditService;
import nl.erkenningsportaal.audit.StatedReason;
import nl.erkenningsportaal.municipality.Municipality;
import nl.erkenningsportaal.municipality.MunicipalityService;
import nl.erkenningsportaal.platform.FreeText;
import nl.erkenningsportaal.platform.Refusal;
import nl.erkenningsportaal.platform.Roles;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A decision against the worker's wish — a declined request, or a recognition the municipality revokes — is a
 * decision under the General Administrative Law Act (Awb): she reads the reasons in her language and how to object
 * (within six weeks, to the municipality's college of mayor and aldermen, here or in writing, free of charge) and can
 * lodge her objection here with her grounds. An officer of her municipality records its receipt, the hearing or why
 * there was none, and the outcome with reasons; every step is audited, written to the request's history she reads,
 * and (receipt, hearing, outcome) sent to her inbox. An upheld objection opens the request again, or restores the
 * recognition.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('" + Roles.OFFICER + "')")
public class ObjectionService {

    private static final String REVOCATION_TEXT = "recognition_revocation.text";

    private final OwnRequests own;
    private final ObjectionStore store;
    private final RequestCrypto crypto;
    private final MunicipalityService municipalities;
    private final AuditService audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ReasonCatalogue catalogue;

    ObjectionService(OwnRequests own, ObjectionStore store, RequestCrypto crypto, MunicipalityService municipalities,
            AuditService audit, ApplicationEventPublisher events, Clock clock, ReasonCatalogue catalogue) {
        this.catalogue = catalogue;
        this.own = own;
        this.store = store;
        this.crypto = crypto;
        this.municipalities = municipalities;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    // ---- the worker

    /** The decision on her newest request that she can object to, with her objection if she made one. */
    @PreAuthorize("hasRole('" + Roles.WORKER + "')")
    public Optional<DecisionNotice> myDecision() {
        return own.newestOfWorker().flatMap(this::notice);
    }

    /** Her newest objection, also once it was upheld and her request or recognition is open again. */
    @PreAuthorize("hasRole('" + Roles.WORKER + "')")
    public Optional<Objection> myObjection() {
        return own.newestOfWorker().flatMap(r -> store.newest(r.id)).map(this::view);
    }

    /** Her own grounds and the report of her hearing, as stored. */
    @PreAuthorize("hasRole('" + Roles.WORKER + "')")
    public Optional<ObjectionTexts> myObjectionTexts() {
        return own.newestOfWorker().flatMap(r -> store.newest(r.id)).filter(o -> o.groundsEnc() != null)
                .map(this::texts);
    }

    /**
     * Lodges her objection against the decision on her newest request. After the six weeks it is still taken, marked
     * late: the municipality then decides whether the delay is excusable (Awb 6:11).
     */
    @Transactional
    @PreAuthorize("hasRole('" + Roles.WORKER + "')")
    public void lodge(String grounds) {
        RecognitionRequest r = own.requireNewestOfWorker();
        DecisionNotice notice = notice(r).orElseThrow(() -> new Refusal("lifecycle.error.nothing-to-object"));
        if (!notice.canObject()) {
            throw new Refusal("lifecycle.error.already-objected");
        }
        String text = IdentityRules.lines(grounds, Limits.MESSAGE_MAX, "lifecycle.field.grounds");
        boolean late = LocalDate.now(clock).isAfter(notice.objectBefore());
        store.lodge(r.id, notice.kind(), notice.decidedAt(), clock.instant(), late, encrypt(text, "grounds"));
        own.note(r, "OBJECTION_LODGED", Roles.WORKER);
        audit.record(AuditAction.OBJECTION_LODGED, "REQUEST", Long.toString(r.id),
                "against " + notice.kind() + (late ? ", late" : ""));
        events.publishEvent(new ObjectionLodged(r.id, r.municipalityId));
    }

    /** Withdraws her objection before it is decided (Awb 6:21). */
    @Transactional
    @PreAuthorize("hasRole('" + Roles.WORKER + "')")
    public void withdrawObjection() {
        RecognitionRequest r = own.requireNewestOfWorker();
        ObjectionStore.Row o = store.newest(r.id).filter(x -> ObjectionStatus.OPEN.contains(x.status()))
                .orElseThrow(() -> new Refusal("lifecycle.error.no-open-objection"));
        store.withdraw(o, clock.instant());
        own.note(r, "OBJECTION_WITHDRAWN", Roles.WORKER);
        audit.record(AuditAction.OBJECTION_WITHDRAWN, "REQUEST", Long.toString(r.id), null);
    }

    // ---- the officer

    /** The decision on this request that can be objected to, with the objection against it, if any. */
    public Optional<DecisionNotice> decisionOf(long requestId) {
        return notice(own.ofOfficer(requestId));
    }

    /** The request's newest objection (also an upheld one, after which the request is open again). */
    public Optional<Objection> objectionOf(long requestId) {
        return store.newest(own.ofOfficer(requestId).id).map(this::view);
    }

    /**
     * Ends a recognition against the worker's wish: a decision with a reason and an explanation she reads in her
     * portal, open to objection like a decline.
     */
    @Transactional
    public void revoke(long requestId, RevokeReason reason, String explanation) {
        RecognitionRequest r = own.ofOfficer(requestId);
        revoke(r, reason, reason == null ? null
                : catalogue.builtIn(ReasonKind.REVOKE, reason.name()).map(ReasonEntry::id).orElse(null),
                explanation);
    }

    /**
     * Revokes with a reason from the catalogue offered to the officer's municipality; the decision keeps that version
     * of the reason, whatever the catalogue becomes.
     */
    @Transactional
    public void revoke(long requestId, long reasonEntryId, String explanation) {
        RecognitionRequest r = own.ofOfficer(requestId);
        ReasonEntry chosen = catalogue.chosen(reasonEntryId, ReasonKind.REVOKE, r.municipalityId);
        revoke(r, RevokeReason.valueOf(java.util.Objects.requireNonNull(chosen.category())), chosen.id(),
                explanation);
    }

    private void revoke(RecognitionRequest r, @Nullable RevokeReason reason, @Nullable Long entry,
            String explanation) {
        if (r.status != RequestStatus.RECOGNISED) {
            throw new Refusal("recognition.error.not-recognised");
        }
        if (reason == null) {
            throw new Refusal("lifecycle.error.reason-required");
        }
        String text = IdentityRules.lines(explanation, Limits.MESSAGE_MAX, "recognition.field.explanation");
        r.status = RequestStatus.ENDED;
        r.endReason = EndReason.REVOKED;
        own.save(r, "REVOKED", Roles.OFFICER);
        store.revoke(r.id, reason, entry, crypto.encryptText(text, REVOCATION_TEXT), clock.instant());
        audit.record(AuditAction.DECISION_TAKEN, "REQUEST", Long.toString(r.id), "revoked: " + reason);
        events.publishEvent(new RecognitionEnded(r.id, r.workerIdOrZero(), r.municipalityId, EndReason.REVOKED));
    }

    /** Opens her grounds and the report of her hearing for a stated reason, audited like the messages. */
    @Transactional
    public ObjectionTexts openObjection(long requestId, StatedReason reason) {
        RecognitionRequest r = own.ofOfficer(requestId);
        StatedReason why = reason.requireOneOf(AccessReason.FOR_OFFICERS);
        ObjectionStore.Row o = store.newest(r.id).filter(x -> x.groundsEnc() != null)
                .orElseThrow(() -> new Refusal("lifecycle.error.no-objection"));
        audit.record(AuditAction.MESSAGES_VIEWED, "REQUEST", Long.toString(r.id), why.auditText("objection"));
        return texts(o);
    }

    /** Confirms that the objection was received (Awb 6:14); she is told. */
    @Transactional
    public void confirmReceipt(long requestId) {
        RecognitionRequest r = own.ofOfficer(requestId);
        ObjectionStore.Row o = openObjection(r, ObjectionStatus.LODGED);
        store.receive(o, clock.instant());
        step(r, "OBJECTION_RECEIVED", "receipt confirmed", ObjectionStep.RECEIVED);
    }

    /** Invites her to be heard (Awb 7:2) at a time and place; she is told. */
    @Transactional
    public void planHearing(long requestId, LocalDateTime at, String place) {
        RecognitionRequest r = own.ofOfficer(requestId);
        ObjectionStore.Row o = openObjection(r, ObjectionStatus.RECEIVED, ObjectionStatus.HEARING_PLANNED);
        FreeText.plausible(at);
        Instant when = at.atZone(LifecycleTime.AMSTERDAM).toInstant();
        if (when.isBefore(clock.instant())) {
            throw new Refusal("recognition.error.intake-in-past");
        }
        String where = IdentityRules.text(place, Limits.REASON_MAX, "recognition.field.place");
        store.planHearing(o, when, encrypt(where, "hearing_place"));
        step(r, "HEARING_PLANNED", "hearing planned", ObjectionStep.HEARING_PLANNED);
    }

    /** Records that she was heard, with the report of the hearing (Awb 7:7). */
    @Transactional
    public void recordHearing(long requestId, String report) {
        RecognitionRequest r = own.ofOfficer(requestId);
        ObjectionStore.Row o = openObjection(r, ObjectionStatus.RECEIVED, ObjectionStatus.HEARING_PLANNED);
        String text = IdentityRules.lines(report, Limits.MESSAGE_MAX, "lifecycle.field.hearing-report");
        store.heard(o, clock.instant(), encrypt(text, "hearing_report"));
        step(r, "HEARING_HELD", "heard", null);
    }

    /** Records why there is no hearing: only for a reason Awb 7:3 allows. */
    @Transactional
    public void recordNoHearing(long requestId, NoHearingReason reason) {
        RecognitionRequest r = own.ofOfficer(requestId);
        if (reason == null) {
            throw new Refusal("lifecycle.error.reason-required");
        }
        ObjectionStore.Row o = openObjection(r, ObjectionStatus.RECEIVED, ObjectionStatus.HEARING_PLANNED);
        store.notHeard(o, reason);
        step(r, "HEARING_NOT_HELD", "no hearing: " + reason, null);
    }

    /**
     * Decides on the objection, with reasons she reads. Only after the hearing, or after recording why there was none.
     * Upheld, the decision goes: a declined request is open again for a new decision, a revoked recognition is in
     * force again.
     */
    @Transactional
    public void decideObjection(long requestId, ObjectionOutcome outcome, String reasons) {
        RecognitionRequest r = own.ofOfficer(requestId);
        if (outcome == null) {
            throw new Refusal("lifecycle.error.outcome-required");
        }
        ObjectionStore.Row o = store.newest(r.id).filter(x -> ObjectionStatus.OPEN.contains(x.status()))
                .orElseThrow(() -> new Refusal("lifecycle.error.no-open-objection"));
        if (o.status() != ObjectionStatus.HEARD && o.status() != ObjectionStatus.NOT_HEARD) {
            throw new Refusal("lifecycle.error.hear-first");
        }
        if (o.noHearingReason() == NoHearingReason.GRANTED_IN_FULL && outcome != ObjectionOutcome.UPHELD) {
            throw new Refusal("lifecycle.error.granted-in-full");
        }
        String text = IdentityRules.lines(reasons, Limits.MESSAGE_MAX, "lifecycle.field.outcome-reasons");
        store.decide(o, outcome, encrypt(text, "outcome"), clock.instant());
        if (outcome == ObjectionOutcome.UPHELD) {
            if (o.decision() == DecisionKind.DECLINE && r.status == RequestStatus.DECLINED) {
                r.status = RequestStatus.SUBMITTED;
                r.declineReason = null;
                r.declineReasonEntry = null;
                r.declineTextEnc = null;
            } else if (o.decision() == DecisionKind.REVOCATION && r.status == RequestStatus.ENDED) {
                r.status = RequestStatus.RECOGNISED;
                r.endReason = null;
                store.deleteRevocation(r.id);
                events.publishEvent(new RecognitionResumed(r.id, r.workerIdOrZero(), r.municipalityId));
            }
        }
        step(r, "OBJECTION_" + outcome, null, ObjectionStep.DECIDED);
        audit.record(AuditAction.DECISION_TAKEN, "REQUEST", Long.toString(r.id), "objection: " + outcome);
    }

    // ----

    private ObjectionStore.Row openObjection(RecognitionRequest r, ObjectionStatus... allowed) {
        ObjectionStore.Row o = store.newest(r.id).filter(x -> ObjectionStatus.OPEN.contains(x.status()))
                .orElseThrow(() -> new Refusal("lifecycle.error.no-open-objection"));
        if (!List.of(allowed).contains(o.status())) {
            throw new Refusal(o.status() == ObjectionStatus.LODGED ? "lifecycle.error.receipt-first"
                    : "lifecycle.error.step-done");
        }
        return o;
    }

    private void step(RecognitionRequest r, String historyKind, @Nullable String auditText,
            @Nullable ObjectionStep told) {
        own.note(r, historyKind, Roles.OFFICER);
        if (auditText != null) {
            audit.record(AuditAction.OBJECTION_STEP_RECORDED, "REQUEST", Long.toString(r.id), auditText);
        }
        if (told != null) {
            events.publishEvent(new ObjectionProgressed(r.id, r.workerIdOrZero(), r.municipalityId, told));
        }
    }

    /** The decision the request stands under now, if it is one she can object to. */
    private Optional<DecisionNotice> notice(RecognitionRequest r) {
        DecisionKind kind;
        Instant decidedAt;
        String reason;
        Long entry;
        String explanation;
        if (r.status == RequestStatus.DECLINED) {
            kind = DecisionKind.DECLINE;
            decidedAt = store.declinedAt(r.id).orElse(r.updatedAt);
            reason = r.declineReason == null ? DeclineReason.OTHER.name() : r.declineReason.name();
            entry = r.declineReasonEntry;
            explanation = r.declineTextEnc == null ? null
                    : crypto.decryptText(r.declineTextEnc, "recognition_request.decline_text");
        } else if (r.status == RequestStatus.ENDED && r.endReason == EndReason.REVOKED) {
            Optional<ObjectionStore.Revocation> revocation = store.revocation(r.id);
            if (revocation.isEmpty()) {
                return Optional.empty();
            }
            kind = DecisionKind.REVOCATION;
            decidedAt = revocation.get().revokedAt();
            reason = revocation.get().reason().name();
            entry = revocation.get().reasonEntry();
            explanation = revocation.get().textEnc() == null ? null
                    : crypto.decryptText(revocation.get().textEnc(), REVOCATION_TEXT);
        } else {
            return Optional.empty();
        }
        LocalDate objectBefore = LifecycleTime.objectBefore(decidedAt);
        String municipality = municipalities.find(r.municipalityId).map(Municipality::name).orElse(r.municipalityId);
        Objection objection = store.against(r.id, decidedAt).map(this::view).orElse(null);
        return Optional.of(new DecisionNotice(r.id, kind, decidedAt, reason, explanation, objectBefore,
                LocalDate.now(clock).isAfter(objectBefore), municipality, objection,
                entry == null ? null : catalogue.entry(entry).orElse(null)));
    }

    private Objection view(ObjectionStore.Row o) {
        return new Objection(o.id(), o.decision(), o.decisionAt(), o.lodgedAt(), o.late(), o.status(), o.receivedAt(),
                o.hearingAt(), o.hearingPlaceEnc() == null ? null : decrypt(o.hearingPlaceEnc(), "hearing_place"),
                o.heardAt(), o.noHearingReason(), o.outcome(),
                o.outcomeTextEnc() == null ? null : decrypt(o.outcomeTextEnc(), "outcome"), o.decidedAt(),
                o.withdrawnAt(), LifecycleTime.decideBefore(o.decisionAt()));
    }

    private ObjectionTexts texts(ObjectionStore.Row o) {
        return new ObjectionTexts(o.groundsEnc() == null ? "" : decrypt(o.groundsEnc(), "grounds"),
                o.hearingReportEnc() == null ? null : decrypt(o.hearingReportEnc(), "hearing_report"));
    }

    private String encrypt(String text, String column) {
        return crypto.encryptText(text, "recognition_objection." + column);
    }

    private String decrypt(String stored, String column) {
        return crypto.decryptText(stored, "recognition_objection." + column);
    }
}
