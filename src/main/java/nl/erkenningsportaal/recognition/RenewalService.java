package nl.erkenningsportaal.recognition;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Optional;
import nl.erkenningsportaal.audit.AuditAction;
import nl.erkenningsportaal.audit.AuditService;
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
 * Renewing a recognition, keeping its number: the worker asks from {@value #OPENS_MONTHS_BEFORE} month before its end
 * date until {@value #GRACE_MONTHS} months after it (the grace period: a recognition that expired meanwhile is renewed
 * too); an officer of her municipality plans the renewal conversation and records it like the intake, then renews for
 * the municipality's period. After the grace period she starts again with a new request (and a new number).
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('" + Roles.OFFICER + "')")
public class RenewalService {

    static final int OPENS_MONTHS_BEFORE = 1;
    static final int GRACE_MONTHS = 3;
    private static final String PLACE_TEXT = "recognition_renewal.place_text";

    private final OwnRequests own;
    private final RenewalStore store;
    private final RequestCrypto crypto;
    private final MunicipalityService municipalities;
    private final AuditService audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ReasonCatalogue catalogue;

    RenewalService(OwnRequests own, RenewalStore store, RequestCrypto crypto, MunicipalityService municipalities,
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

    /** Where she stands with renewing her newest recognition; empty when it is not one that can be renewed. */
    @PreAuthorize("hasRole('" + Roles.WORKER + "')")
    public Optional<RenewalState> myRenewal() {
        return own.newestOfWorker().flatMap(this::state);
    }

    /** Asks to renew, within the window; an officer then plans the renewal conversation with her. */
    @Transactional
    @PreAuthorize("hasRole('" + Roles.WORKER + "')")
    public void askRenewal() {
        RecognitionRequest r = own.requireNewestOfWorker();
        requireTakingPart(r);
        RenewalState state = state(r).orElseThrow(() -> new Refusal("recognition.error.not-recognised"));
        switch (state.phase()) {
            case NOT_YET -> throw new Refusal("lifecycle.error.renewal-not-yet", state.opensOn());
            case ASKED -> throw new Refusal("lifecycle.error.renewal-asked");
            case CLOSED -> throw new Refusal("lifecycle.error.renewal-closed");
            case OPEN -> {
                // below
            }
        }
        store.ask(r.id, clock.instant(), state.validUntil());
        r.renewalRequested = true;
        own.save(r, "RENEWAL_ASKED", Roles.WORKER);
        audit.record(AuditAction.RENEWAL_ASKED, "REQUEST", Long.toString(r.id), null);
    }

    // ---- the officer

    /** The request's newest renewal, pending or done. */
    public Optional<Renewal> renewalOf(long requestId) {
        return store.newest(own.ofOfficer(requestId).id).map(this::view);
    }

    /** Plans the renewal conversation, like an intake; she is told in her inbox. */
    @Transactional
    public void planConversation(long requestId, LocalDateTime at, IntakePlace place, @Nullable String placeText) {
        RecognitionRequest r = own.ofOfficer(requestId);
        RenewalStore.Row n = pending(r);
        if (place == null) {
            throw new Refusal("lifecycle.error.place-required");
        }
        FreeText.plausible(at);
        Instant when = at.atZone(LifecycleTime.AMSTERDAM).toInstant();
        if (when.isBefore(clock.instant())) {
            throw new Refusal("recognition.error.intake-in-past");
        }
        String text = place == IntakePlace.AT_WORK_ADDRESS ? null
                : crypto.encryptText(IdentityRules.text(placeText, Limits.REASON_MAX, "recognition.field.place"),
                        PLACE_TEXT);
        store.plan(n, when, place, text);
        own.note(r, "RENEWAL_CONVERSATION_PLANNED", Roles.OFFICER);
        audit.record(AuditAction.REQUEST_CHANGED, "REQUEST", Long.toString(r.id), "renewal conversation planned");
        events.publishEvent(new IntakePlanned(r.id, r.workerIdOrZero(), r.municipalityId, at));
    }

    /** Records the renewal conversation with the intake's checklist. */
    @Transactional
    public void recordConversation(long requestId, IntakeChecklist checklist) {
        recordConversation(requestId, checklist, Map.of());
    }

    /**
     * Records the renewal conversation with the intake's checklist and the answers to the municipality's extra items
     * (entry id to ticked), each naming the item's version.
     */
    @Transactional
    public void recordConversation(long requestId, IntakeChecklist checklist, Map<Long, Boolean> extraItems) {
        RecognitionRequest r = own.ofOfficer(requestId);
        RenewalStore.Row n = pending(r);
        if (checklist == null) {
            throw new Refusal("recognition.error.checklist-incomplete");
        }
        store.recordChecklist(n, checklist, clock.instant());
        catalogue.recordAnswers(r.id, phase(n), r.municipalityId, extraItems, clock.instant());
        own.note(r, "RENEWAL_CONVERSATION_RECORDED", Roles.OFFICER);
        audit.record(AuditAction.REQUEST_CHANGED, "REQUEST", Long.toString(r.id), "renewal conversation recorded");
    }

    /**
     * Renews with the same number, after the renewal conversation: from the current end date for the municipality's
     * period, or from today when it expired in the meantime (then it is in force again).
     */
    @Transactional
    public LocalDate renew(long requestId) {
        RecognitionRequest r = own.ofOfficer(requestId);
        requireTakingPart(r);
        RenewalStore.Row n = pending(r);
        if (n.checklist() == null || !n.checklist().allowsRecognition()) {
            throw new Refusal("lifecycle.error.renewal-conversation-first");
        }
        catalogue.requireTicked(r.id, phase(n), r.municipalityId);
        boolean expired = r.status == RequestStatus.ENDED;
        if (!expired && r.status != RequestStatus.RECOGNISED || expired && r.endReason != EndReason.EXPIRED) {
            throw new Refusal("recognition.error.not-recognised");
        }
        int months = municipalities.find(r.municipalityId).map(m -> m.settings().recognitionValidityMonths())
                .orElseThrow();
        LocalDate today = LocalDate.now(clock);
        LocalDate from = !expired && r.validUntil != null && r.validUntil.isAfter(today) ? r.validUntil : today;
        r.validUntil = from.plusMonths(months);
        r.renewalRequested = false;
        r.status = RequestStatus.RECOGNISED;
        r.endReason = null;
        own.save(r, "RENEWED", Roles.OFFICER);
        store.renewed(n, clock.instant(), r.validUntil);
        audit.record(AuditAction.DECISION_TAKEN, "REQUEST", Long.toString(r.id), "renewed");
        events.publishEvent(new RecognitionGranted(r.id, r.workerIdOrZero(), r.municipalityId, r.validUntil, true));
        if (expired) {
            events.publishEvent(new RecognitionResumed(r.id, r.workerIdOrZero(), r.municipalityId));
        }
        return r.validUntil;
    }

    // ----

    private RenewalStore.Row pending(RecognitionRequest r) {
        return store.pending(r.id).orElseThrow(() -> new Refusal("lifecycle.error.no-renewal-asked"));
    }

    /** A municipality that left the regional policy renews nothing: its recognitions run until their end date. */
    private void requireTakingPart(RecognitionRequest r) {
        if (municipalities.find(r.municipalityId).filter(m -> m.participating()).isEmpty()) {
            throw new Refusal("lifecycle.error.renewal-not-taking-part");
        }
    }

    private Optional<RenewalState> state(RecognitionRequest r) {
        boolean expired = r.status == RequestStatus.ENDED && r.endReason == EndReason.EXPIRED;
        if (r.validUntil == null || !expired && r.status != RequestStatus.RECOGNISED) {
            return Optional.empty();
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate opens = r.validUntil.minusMonths(OPENS_MONTHS_BEFORE);
        LocalDate closes = r.validUntil.plusMonths(GRACE_MONTHS);
        Renewal pending = store.pending(r.id).map(this::view).orElse(null);
        RenewalPhase phase = pending != null ? RenewalPhase.ASKED
                : today.isBefore(opens) ? RenewalPhase.NOT_YET
                : today.isAfter(closes) ? RenewalPhase.CLOSED : RenewalPhase.OPEN;
        return Optional.of(new RenewalState(r.validUntil, opens, closes, expired, phase, pending));
    }

    private Renewal view(RenewalStore.Row n) {
        return new Renewal(n.id(), n.askedAt(), n.validUntilThen(), n.status(), n.conversationAt(), n.place(),
                n.placeTextEnc() == null ? null : crypto.decryptText(n.placeTextEnc(), PLACE_TEXT), n.checklist(),
                n.renewedAt(), n.validUntilAfter(), catalogue.answers(n.requestId(), phase(n)));
    }

    /** The answers of one renewal conversation are kept apart from the intake's and from other renewals'. */
    private static String phase(RenewalStore.Row n) {
        return "R" + n.id();
    }
}
