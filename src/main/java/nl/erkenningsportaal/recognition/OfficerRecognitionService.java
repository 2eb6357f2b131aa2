package nl.erkenningsportaal.recognition;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.erkenningsportaal.account.AccountContacts;
import nl.erkenningsportaal.account.CurrentUser;
import nl.erkenningsportaal.account.SignedInUser;
import nl.erkenningsportaal.audit.AccessReason;
import nl.erkenningsportaal.audit.AuditAction;
import nl.erkenningsportaal.audit.AuditService;
import nl.erkenningsportaal.audit.StatedReason;
import nl.erkenningsportaal.information.InformationService;
import nl.erkenningsportaal.municipality.Municipality;
import nl.erkenningsportaal.municipality.MunicipalityService;
import nl.erkenningsportaal.municipality.PostcodeAreas;
import nl.erkenningsportaal.platform.AssignmentChange;
import nl.erkenningsportaal.platform.FreeText;
import nl.erkenningsportaal.platform.PortalI18nProvider;
import nl.erkenningsportaal.platform.Refusal;
import nl.erkenningsportaal.platform.Roles;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The officer's side, always limited to the officer's own municipality: a request of another municipality is
 * "not found", never "forbidden", so its existence does not leak. The request page itself holds no identity; the
 * identity, and the messages and notes, open only with a stated reason, and every opening, decision, export and
 * erasure is audited with its reason.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('" + Roles.OFFICER + "')")
public class OfficerRecognitionService {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    private final RecognitionRequestRepository requests;
    private final RequestCrypto crypto;
    private final RequestLog log;
    private final NumberIssuer numbers;
    private final ActivationCodes activationCodes;
    private final PostcodeAreas postcodes;
    private final MunicipalityService municipalities;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final ApplicationEventPublisher events;
    private final RecognitionStore store;
    private final Clock clock;
    private final ConsentStore consents;
    private final InformationService information;
    private final RecognitionPersonalData personalData;
    private final AccountContacts contacts;
    private final ReasonCatalogue reasons;

    OfficerRecognitionService(RecognitionRequestRepository requests, RequestCrypto crypto, RequestLog log,
            NumberIssuer numbers, ActivationCodes activationCodes, PostcodeAreas postcodes,
            MunicipalityService municipalities, CurrentUser currentUser, AuditService audit,
            ApplicationEventPublisher events, RecognitionStore store, Clock clock, ConsentStore consents,
            InformationService information, RecognitionPersonalData personalData, AccountContacts contacts,
            ReasonCatalogue reasons) {
        this.reasons = reasons;
        this.contacts = contacts;
        this.consents = consents;
        this.information = information;
        this.personalData = personalData;
        this.requests = requests;
        this.crypto = crypto;
        this.log = log;
        this.numbers = numbers;
        this.activationCodes = activationCodes;
        this.postcodes = postcodes;
        this.municipalities = municipalities;
        this.currentUser = currentUser;
        this.audit = audit;
        this.events = events;
        this.store = store;
        this.clock = clock;
    }

    // ---- worklist

    /**
     * One page of the worklist, oldest first, without identity. A work name in the filter finds the requests whose
     * work name is that name (case, accents and spaces aside) by its blind index; nothing is decrypted.
     */
    public List<RequestSummary> worklist(WorklistFilter filter, int offset, int limit) {
        Optional<String> workName = workNameIndex(filter);
        if (workName.isPresent() && workName.get().isEmpty()) {
            return List.of();
        }
        return store.worklist(municipality(), filter, submittedBefore(filter), workName.orElse(null),
                currentUser.require().id(),
                Math.max(0, offset), Math.max(1, Math.min(limit, 500)));
    }

    public int count(WorklistFilter filter) {
        Optional<String> workName = workNameIndex(filter);
        if (workName.isPresent() && workName.get().isEmpty()) {
            return 0;
        }
        return store.count(municipality(), filter, submittedBefore(filter), workName.orElse(null),
                currentUser.require().id());
    }

    /**
     * The blind index of the filter's work name: empty without a work name to search; an empty string for a work
     * name that is only spaces or marks (it finds nothing).
     */
    private Optional<String> workNameIndex(WorklistFilter filter) {
        String typed = filter.workName();
        if (typed == null || typed.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(crypto.workNameIndex(typed).orElse(""));
    }

    public Map<RequestStatus, Integer> countsByStatus() {
        Map<RequestStatus, Integer> counts = new EnumMap<>(RequestStatus.class);
        for (RequestStatus s : RequestStatus.values()) {
            counts.put(s, 0);
        }
        counts.putAll(store.countsByStatus(municipality()));
        return counts;
    }

    /** The filter's minimum age as the UTC time a request must have been submitted before; null: any age. */
    private @Nullable LocalDateTime submittedBefore(WorklistFilter filter) {
        return filter.olderThanDays() == null ? null
                : RequestLog.utc(clock.instant().minusSeconds(86_400L * filter.olderThanDays()));
    }

    // ---- assignment

    /** The enabled officers of the signed-in officer's municipality, the signed-in officer included. */
    public List<Colleague> colleagues() {
        return contacts.myColleagues().stream().map(c -> new Colleague(c.id(), c.username())).toList();
    }

    /** The officer who owns the request (empty: nobody yet). */
    public Optional<Long> assigneeOf(long requestId) {
        return Optional.ofNullable(own(requestId).assigneeAccountId);
    }

    /**
     * Assigns the request to an officer of its municipality, or with {@code null} releases it. The request's history
     * says so (without names), its assignment history and the audit trail record who gave it to whom, and the new
     * assignee is alerted. Refused for anyone who is not an enabled officer of the municipality; another
     * municipality's request is "not found".
     */
    @Transactional
    public void assign(long requestId, @Nullable Long assigneeId) {
        RecognitionRequest r = own(requestId);
        if (java.util.Objects.equals(r.assigneeAccountId, assigneeId)) {
            return;
        }
        long me = currentUser.require().id();
        if (assigneeId != null && !contacts.activeStaff(Roles.OFFICER, r.municipalityId).contains(assigneeId)) {
            throw new Refusal("recognition.error.not-a-colleague");
        }
        Long before = r.assigneeAccountId;
        r.assigneeAccountId = assigneeId;
        save(r, assigneeId == null ? "UNASSIGNED" : "ASSIGNED");
        store.assignmentChanged(r.id, assigneeId, me, RequestLog.utc(clock.instant()));
        audit.assignmentChanged("REQUEST", r.id, before, assigneeId, null);
        if (assigneeId != null && assigneeId != me) {
            events.publishEvent(new RequestAssigned(r.id, r.municipalityId, assigneeId, me));
        }
    }

    /** Who the request was given to, and by whom, oldest first; another municipality's request: not found. */
    public List<AssignmentChange> assignmentHistory(long requestId) {
        return store.assignments(own(requestId).id);
    }

    // ---- the request page

    public RequestDetails details(long requestId) {
        RecognitionRequest r = own(requestId);
        return new RequestDetails(r.id, r.municipalityId, r.status, r.origin, r.submittedAt, r.intakeAt,
                r.intakePlace, r.intakePlaceTextEnc == null ? null
                        : crypto.decryptText(r.intakePlaceTextEnc, "recognition_request.intake_place_text"),
                r.checklist(), r.recognitionNumber, r.validFrom, r.validUntil, r.declineReason,
                r.declineTextEnc == null ? null
                        : crypto.decryptText(r.declineTextEnc, "recognition_request.decline_text"),
                r.endReason, r.renewalRequested, r.workerAccountId != null,
                requests.countByDuplicateIndexAndMunicipalityIdAndIdNot(r.duplicateIndex, r.municipalityId, r.id),
                consentOf(r), log.history(r.id),
                r.declineReasonEntry == null ? null : reasons.entry(r.declineReasonEntry).orElse(null),
                r.endReasonEntry == null ? null : reasons.entry(r.endReasonEntry).orElse(null),
                reasons.answers(r.id, ReasonCatalogue.INTAKE));
    }

    private @Nullable ConsentRecord consentOf(RecognitionRequest r) {
        Optional<ConsentStore.DoorConsent> door = consents.doorConsent(r.id);
        if (door.isPresent()) {
            return new ConsentRecord(door.get().statementVersion(), door.get().consentedAt(),
                    Locale.of(door.get().language()));
        }
        return r.consentVersion == null || r.consentAt == null ? null
                : new ConsentRecord(r.consentVersion, r.consentAt, null);
    }

    /**
     * Opens the identity for a stated reason: refused without one; the reason is written to the audit trail in the
     * same transaction (who, when, which request, why), and the worker sees when, which role and why.
     */
    @Transactional
    public Identity revealIdentity(long requestId, StatedReason reason) {
        RecognitionRequest r = own(requestId);
        StatedReason why = reason.requireOneOf(AccessReason.FOR_OFFICERS);
        Identity identity = crypto.identity(r);
        audit.record(AuditAction.IDENTITY_VIEWED, "REQUEST", Long.toString(r.id), why.auditText());
        return identity;
    }

    /** Opens the messages with the worker and the officers' notes for a stated reason, audited like the identity. */
    @Transactional
    public Correspondence openCorrespondence(long requestId, StatedReason reason) {
        RecognitionRequest r = own(requestId);
        StatedReason why = reason.requireOneOf(AccessReason.FOR_OFFICERS);
        audit.record(AuditAction.MESSAGES_VIEWED, "REQUEST", Long.toString(r.id), why.auditText());
        return new Correspondence(log.messages(r.id), log.notes(r.id));
    }

    /** Number to request, with a stated reason; audited whether or not it is found. */
    @Transactional
    public Optional<Long> lookUpNumber(String typed, String reason) {
        String why = IdentityRules.text(reason, Limits.REASON_MAX, "recognition.lookup.reason");
        if (why.length() < Limits.REASON_MIN) {
            throw new Refusal("recognition.error.reason-too-short", Limits.REASON_MIN);
        }
        String number = RecognitionNumber.parse(typed).orElseThrow(() -> new Refusal("recognition.error.number"));
        Optional<RecognitionRequest> found = requests.findByRecognitionNumberAndMunicipalityId(number, municipality());
        audit.record(AuditAction.NUMBER_LOOKED_UP, "REQUEST", found.map(r -> Long.toString(r.id)).orElse("none"),
                why);
        return found.map(r -> r.id);
    }

    // ---- actions

    @Transactional
    public void planIntake(long requestId, LocalDateTime at, IntakePlace place, @Nullable String placeText) {
        RecognitionRequest r = undecided(requestId);
        FreeText.plausible(at);
        if (at.atZone(AMSTERDAM).toInstant().isBefore(clock.instant())) {
            throw new Refusal("recognition.error.intake-in-past");
        }
        r.intakeAt = at.atZone(AMSTERDAM).toInstant();
        r.intakePlace = place;
        r.intakePlaceTextEnc = place == IntakePlace.AT_WORK_ADDRESS ? null
                : crypto.encryptText(IdentityRules.text(placeText, Limits.REASON_MAX, "recognition.intake.where"),
                        "recognition_request.intake_place_text");
        r.status = RequestStatus.INTAKE_PLANNED;
        save(r, "INTAKE_PLANNED");
        events.publishEvent(new IntakePlanned(r.id, r.workerIdOrZero(), r.municipalityId, at));
    }

    @Transactional
    public void recordChecklist(long requestId, IntakeChecklist checklist) {
        recordChecklist(requestId, checklist, Map.of());
    }

    /**
     * Records the intake checklist: the legal core items and the answers to the municipality's extra items (entry id
     * to ticked; an extra item offered but not answered is recorded as not ticked), each naming the item's version.
     */
    @Transactional
    public void recordChecklist(long requestId, IntakeChecklist checklist, Map<Long, Boolean> extraItems) {
        RecognitionRequest r = own(requestId);
        if (!RequestStatus.OPEN.contains(r.status)) {
            throw new Refusal("recognition.error.already-decided");
        }
        r.recordChecklist(checklist, clock.instant());
        reasons.recordAnswers(r.id, ReasonCatalogue.INTAKE, r.municipalityId, extraItems, clock.instant());
        save(r, "CHECKLIST_RECORDED");
    }

    /**
     * Recognises: issues the number once, sets the validity from the municipality's setting. When two officers decide
     * at the same moment, one wins and the other is told; never two numbers, and a second "recognise" on a page
     * that is out of date is refused rather than taken as a renewal.
     */
    @Transactional
    public String recognise(long requestId) {
        RecognitionRequest r = own(requestId);
        if (!RequestStatus.UNDECIDED.contains(r.status)) {
            throw new Refusal("recognition.error.already-decided");
        }
        return decide(r, false);
    }

    /** Renews a recognition: the same number, valid for another period from its end (or from today if it ended). */
    @Transactional
    public String renew(long requestId) {
        RecognitionRequest r = own(requestId);
        if (r.status != RequestStatus.RECOGNISED) {
            throw new Refusal("recognition.error.not-recognised");
        }
        return decide(r, true);
    }

    private String decide(RecognitionRequest r, boolean renewal) {
        IntakeChecklist checklist = r.checklist();
        if (checklist == null || !checklist.allowsRecognition()) {
            throw new Refusal("recognition.error.checklist-incomplete");
        }
        if (!renewal) {
            reasons.requireTicked(r.id, ReasonCatalogue.INTAKE, r.municipalityId);
        }
        int months = municipalities.find(r.municipalityId).map(m -> m.settings().recognitionValidityMonths())
                .orElseThrow();
        LocalDate today = LocalDate.now(clock);
        if (renewal) {
            LocalDate from = r.validUntil != null && r.validUntil.isAfter(today) ? r.validUntil : today;
            r.validUntil = from.plusMonths(months);
            r.renewalRequested = false;
        } else {
            r.recognitionNumber = numbers.issue();
            r.validFrom = today;
            r.validUntil = today.plusMonths(months);
            r.status = RequestStatus.RECOGNISED;
        }
        save(r, renewal ? "RENEWED" : "RECOGNISED");
        audit.record(AuditAction.DECISION_TAKEN, "REQUEST", Long.toString(r.id), renewal ? "renewed" : "recognised");
        events.publishEvent(new RecognitionGranted(r.id, r.workerIdOrZero(), r.municipalityId, r.validUntil,
                renewal));
        return r.recognitionNumber;
    }

    /** Declines with the region's built-in reason of this category (as before the catalogue). */
    @Transactional
    public void decline(long requestId, DeclineReason reason, String explanation) {
        RecognitionRequest r = undecided(requestId);
        decline(r, reason, reasons.builtIn(ReasonKind.DECLINE, reason.name()).map(ReasonEntry::id).orElse(null),
                explanation);
    }

    /**
     * Declines with a reason from the catalogue offered to the officer's municipality; the decision keeps that version
     * of the reason, whatever the catalogue becomes.
     */
    @Transactional
    public void decline(long requestId, long reasonEntryId, String explanation) {
        RecognitionRequest r = undecided(requestId);
        ReasonEntry chosen = reasons.chosen(reasonEntryId, ReasonKind.DECLINE, r.municipalityId);
        decline(r, DeclineReason.valueOf(java.util.Objects.requireNonNull(chosen.category())), chosen.id(),
                explanation);
    }

    private void decline(RecognitionRequest r, DeclineReason reason, @Nullable Long entry, String explanation) {
        r.declineReason = reason;
        r.declineReasonEntry = entry;
        r.declineTextEnc = crypto.encryptText(IdentityRules.lines(explanation, Limits.MESSAGE_MAX,
                "recognition.decline.explanation"), "recognition_request.decline_text");
        r.status = RequestStatus.DECLINED;
        save(r, "DECLINED");
        audit.record(AuditAction.DECISION_TAKEN, "REQUEST", Long.toString(r.id), "declined: " + reason);
        events.publishEvent(new RequestDeclined(r.id, r.workerIdOrZero(), r.municipalityId));
    }

    @Transactional
    public void askMoreInformation(long requestId, String question) {
        RecognitionRequest r = undecided(requestId);
        String text = IdentityRules.lines(question, Limits.MESSAGE_MAX, "recognition.message.write");
        r.status = RequestStatus.MORE_INFORMATION_ASKED;
        save(r, "MORE_INFORMATION_ASKED");
        log.note(r.id, currentUser.require().id(), text, true, false);
        events.publishEvent(new MoreInformationAsked(r.id, r.workerIdOrZero(), r.municipalityId));
    }

    @Transactional
    public void end(long requestId, EndReason reason) {
        RecognitionRequest r = own(requestId);
        end(r, reason, reasons.builtIn(ReasonKind.END, reason.name()).map(ReasonEntry::id).orElse(null));
    }

    /** Ends a recognition with a reason from the catalogue offered to the officer's municipality. */
    @Transactional
    public void end(long requestId, long reasonEntryId) {
        RecognitionRequest r = own(requestId);
        ReasonEntry chosen = reasons.chosen(reasonEntryId, ReasonKind.END, r.municipalityId);
        end(r, EndReason.valueOf(java.util.Objects.requireNonNull(chosen.category())), chosen.id());
    }

    private void end(RecognitionRequest r, EndReason reason, @Nullable Long entry) {
        if (r.status != RequestStatus.RECOGNISED) {
            throw new Refusal("recognition.error.not-recognised");
        }
        r.status = RequestStatus.ENDED;
        r.endReason = reason;
        r.endReasonEntry = entry;
        save(r, "ENDED");
        audit.record(AuditAction.DECISION_TAKEN, "REQUEST", Long.toString(r.id), "ended: " + reason);
        events.publishEvent(new RecognitionEnded(r.id, r.workerIdOrZero(), r.municipalityId, reason));
    }

    /** Adds an officers-only note; returns it as stored (writing is not reading: no reason needed). */
    @Transactional
    public Note addNote(long requestId, String text) {
        RecognitionRequest r = own(requestId);
        String clean = IdentityRules.lines(text, Limits.MESSAGE_MAX, "recognition.note.write");
        log.note(r.id, currentUser.require().id(), clean, false, false);
        return new Note(clock.instant(), clean);
    }

    /** Sends the worker a message; returns its text as stored. */
    @Transactional
    public String sendMessage(long requestId, String text) {
        RecognitionRequest r = own(requestId);
        String clean = IdentityRules.lines(text, Limits.MESSAGE_MAX, "recognition.message.write");
        log.note(r.id, currentUser.require().id(), clean, true, false);
        save(r, "MESSAGE_FROM_OFFICER");
        events.publishEvent(new OfficerMessageSent(r.id, r.workerIdOrZero(), r.municipalityId));
        return clean;
    }

    /**
     * A worker met in person: the request is recorded with the intake at once and recognised; her consent is recorded
     * with the version of the privacy statement and the language she was informed in; she gets a one-time activation
     * code to claim an online account later, and a letter in her language with that code.
     */
    @Transactional
    public DoorResult registerAtDoor(DoorRegistration registration) {
        SignedInUser officer = currentUser.require();
        ConsentAtDoor consent = registration.consent();
        if (!consent.informed() || !consent.agreed()) {
            throw new Refusal("recognition.error.door-consent");
        }
        if (consent.statementVersion() != information.currentPrivacyStatementVersion()) {
            throw new Refusal("recognition.error.consent");
        }
        Locale language = PortalI18nProvider.LOCALES.stream()
                .filter(l -> l.getLanguage().equals(consent.language().getLanguage())).findFirst()
                .orElseThrow(() -> new Refusal("recognition.error.door-language"));
        Identity identity = IdentityRules.check(registration.identity(), LocalDate.now(clock));
        List<String> candidates = postcodes.municipalitiesOf(identity.postcode());
        Municipality own = municipalities.find(officer.municipalityId()).orElseThrow();
        if (!candidates.contains(own.name())) {
            throw new Refusal("recognition.error.address-not-in-municipality", own.name());
        }
        if (!registration.checklist().allowsRecognition()) {
            throw new Refusal("recognition.error.checklist-incomplete");
        }
        RecognitionRequest r = new RecognitionRequest();
        r.municipalityId = own.id();
        r.origin = "DOOR";
        r.status = RequestStatus.SUBMITTED;
        r.submittedAt = clock.instant();
        r.updatedAt = r.submittedAt;
        r.intakeAt = r.submittedAt;
        r.intakePlace = IntakePlace.AT_WORK_ADDRESS;
        r.consentVersion = consent.statementVersion();
        r.consentAt = clock.instant();
        crypto.store(r, identity);
        r.recordChecklist(registration.checklist(), clock.instant());
        r = requests.saveAndFlush(r);
        reasons.recordAnswers(r.id, ReasonCatalogue.INTAKE, r.municipalityId, registration.extraChecklist(),
                clock.instant());
        log.history(r.id, "REGISTERED_AT_DOOR", Roles.OFFICER);
        consents.recordDoorConsent(new ConsentStore.DoorConsent(r.id, consent.statementVersion(),
                language.getLanguage(), clock.instant(), officer.id()));
        log.history(r.id, "CONSENT_AT_DOOR", Roles.OFFICER);
        String number = recognise(r.id);
        String code = activationCodes.issue(r.id);
        return new DoorResult(r.id, number, r.validUntil, code, activationCodes.expiry(),
                new DoorLetter(r.id, own.name(), language, consent.statementVersion(), code,
                        activationCodes.expiry()));
    }

    /**
     * A new letter for a door registration that has not been claimed yet, with a new activation code (the old one
     * stops working: a code is stored only as a hash, so the first letter cannot be printed again).
     */
    @Transactional
    public DoorLetter newDoorLetter(long requestId) {
        RecognitionRequest r = own(requestId);
        if (r.workerAccountId != null) {
            throw new Refusal("recognition.error.already-claimed");
        }
        ConsentStore.DoorConsent consent = consents.doorConsent(r.id)
                .orElseThrow(() -> new Refusal("recognition.error.no-door-consent"));
        log.history(r.id, "ACTIVATION_CODE_ISSUED", Roles.OFFICER);
        String code = activationCodes.issue(r.id);
        String municipality = municipalities.find(r.municipalityId).map(Municipality::name).orElse(r.municipalityId);
        return new DoorLetter(r.id, municipality, Locale.of(consent.language()), consent.statementVersion(), code,
                activationCodes.expiry());
    }

    // ---- the worker's rights, carried out by the officer at her request

    /**
     * Everything the recognition holds about the worker behind this request in this municipality (her requests,
     * identity, history, messages and consents), as JSON for her: at her request, made at the counter or to the
     * officer, for a worker without an account too. Audited with the reason. GGD appointments are not in it: the
     * GGD keeps those apart from enforcement (she downloads them herself under "My data").
     */
    @Transactional
    public String exportForWorker(long requestId, WorkersRightsRequest request) {
        RecognitionRequest r = own(requestId);
        String why = rightsReason(request);
        List<RecognitionRequest> hers = hersHere(r);
        for (RecognitionRequest each : hers) {
            audit.record(AuditAction.DATA_EXPORTED, "REQUEST", Long.toString(each.id), why);
        }
        return personalData.exportForWorker(hers, clock.instant());
    }

    /**
     * Erases, at the worker's request, every request of hers in this municipality with its identity, history,
     * messages, notes, consents and activation codes; an audit entry without identity remains, and the anonymous
     * figures count it as withdrawn or ended. Her online account, if she has one, stays: she erases it (and her
     * GGD appointments, which enforcement never sees) herself under "My data". Returns how many requests went.
     */
    @Transactional
    public int eraseForWorker(long requestId, WorkersRightsRequest request) {
        RecognitionRequest r = own(requestId);
        String why = rightsReason(request);
        List<RecognitionRequest> hers = hersHere(r);
        for (RecognitionRequest each : hers) {
            RecognitionPersonalData.tellOverviewOfErasure(each, events);
            audit.record(AuditAction.DATA_ERASED, "REQUEST", Long.toString(each.id), why);
            requests.delete(each);
        }
        requests.flush();
        return hers.size();
    }

    /** The worker's requests in the officer's municipality: all of her account's, or this one without an account. */
    private List<RecognitionRequest> hersHere(RecognitionRequest r) {
        if (r.workerAccountId == null) {
            return List.of(r);
        }
        return requests.findByWorkerAccountIdOrderBySubmittedAtDesc(r.workerAccountId).stream()
                .filter(each -> each.municipalityId.equals(r.municipalityId)).toList();
    }

    private static String rightsReason(WorkersRightsRequest request) {
        if (!request.identityChecked()) {
            throw new Refusal("recognition.error.rights-identity");
        }
        return "at the worker's request: " + IdentityRules.text(request.reason(), WorkersRightsRequest.REASON_MAX,
                "recognition.rights.reason");
    }

    /** A new activation code for a door registration that has not been claimed yet (the old one stops working). */
    @Transactional
    public String newActivationCode(long requestId) {
        RecognitionRequest r = own(requestId);
        if (r.workerAccountId != null) {
            throw new Refusal("recognition.error.already-claimed");
        }
        log.history(r.id, "ACTIVATION_CODE_ISSUED", Roles.OFFICER);
        return activationCodes.issue(r.id);
    }

    // ----

    private String municipality() {
        String m = currentUser.require().municipalityId();
        if (m == null) {
            throw new Refusal("error.not-found");
        }
        return m;
    }

    private RecognitionRequest own(long requestId) {
        return requests.findByIdAndMunicipalityId(requestId, municipality())
                .orElseThrow(() -> new Refusal("error.not-found"));
    }

    private RecognitionRequest undecided(long requestId) {
        RecognitionRequest r = own(requestId);
        if (!RequestStatus.UNDECIDED.contains(r.status)) {
            throw new Refusal("recognition.error.already-decided");
        }
        return r;
    }

    private void save(RecognitionRequest r, String historyKind) {
        r.updatedAt = clock.instant();
        try {
            requests.saveAndFlush(r);
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new Refusal("recognition.error.changed-meanwhile");
        }
        log.history(r.id, historyKind, Roles.OFFICER);
    }

}
