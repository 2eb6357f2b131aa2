package nl.erkenningsportaal.recognition;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.erkenningsportaal.account.AccountService;
import nl.erkenningsportaal.account.CurrentUser;
import nl.erkenningsportaal.audit.AuditAction;
import nl.erkenningsportaal.audit.AuditService;
import nl.erkenningsportaal.information.InformationService;
import nl.erkenningsportaal.municipality.Municipality;
import nl.erkenningsportaal.municipality.MunicipalityService;
import nl.erkenningsportaal.municipality.PostcodeAreas;
import nl.erkenningsportaal.platform.Refusal;
import nl.erkenningsportaal.platform.Roles;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The worker's side: sign up with consent, request recognition, follow it, talk to the officers, withdraw,
 * report a move or an end, ask for renewal, claim a door registration. Every method works on the signed-in
 * worker's own request only.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('" + Roles.WORKER + "')")
public class WorkerRecognitionService {

    private final RecognitionRequestRepository requests;
    private final RequestCrypto crypto;
    private final RequestLog log;
    private final PostcodeAreas postcodes;
    private final MunicipalityService municipalities;
    private final AccountService accounts;
    private final ActivationCodes activationCodes;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final InformationService information;
    private final ConsentStore consents;

    private final ObjectionStore objections;

    WorkerRecognitionService(RecognitionRequestRepository requests, RequestCrypto crypto, RequestLog log,
            PostcodeAreas postcodes, MunicipalityService municipalities, AccountService accounts,
            ActivationCodes activationCodes, CurrentUser currentUser, AuditService audit,
            ApplicationEventPublisher events, Clock clock, InformationService information,
            ConsentStore consents, ObjectionStore objections) {
        this.consents = consents;
        this.objections = objections;
        this.requests = requests;
        this.crypto = crypto;
        this.log = log;
        this.postcodes = postcodes;
        this.municipalities = municipalities;
        this.accounts = accounts;
        this.activationCodes = activationCodes;
        this.currentUser = currentUser;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
        this.information = information;
    }

    /**
     * The version of the privacy statement as published now (the information module publishes it, administrators
     * edit it): consent is given to this version and recorded with it; consent to an older one is refused.
     */
    @PreAuthorize("permitAll()")
    public int privacyStatementVersion() {
        return information.currentPrivacyStatementVersion();
    }

    /** Creates a worker account and records consent to the privacy statement shown. */
    @Transactional
    @PreAuthorize("permitAll()")
    public long signUp(SignUp signUp) {
        requireConsent(signUp.consent(), signUp.statementVersion());
        long accountId = accounts.registerWorker(signUp.username(), signUp.password());
        recordConsent(accountId, signUp.statementVersion());
        return accountId;
    }

    /** The municipalities a postcode may belong to: empty outside Drenthe, several where an area is shared. */
    @PreAuthorize("permitAll()")
    public List<Municipality> municipalitiesForPostcode(String postcode) {
        return PostcodeAreas.normalise(postcode).map(postcodes::municipalitiesOf).orElse(List.of()).stream()
                .flatMap(name -> municipalities.findByName(name).stream()).toList();
    }

    /** The worker's newest request, if any. */
    public Optional<MyRequest> myRequest() {
        return newest().map(this::view);
    }

    @Transactional
    public long submit(NewRequest request) {
        long workerId = currentUser.require().id();
        requests.findFirstByWorkerAccountIdAndStatusIn(workerId, RequestStatus.OPEN).ifPresent(open -> {
            throw new Refusal("recognition.error.already-open");
        });
        // while her objection runs, the request it is about stays her newest (her page shows it)
        requests.findByWorkerAccountIdOrderBySubmittedAtDesc(workerId).stream().findFirst()
                .flatMap(newest -> objections.newest(newest.id))
                .filter(o -> ObjectionStatus.OPEN.contains(o.status())).ifPresent(o -> {
                    throw new Refusal("lifecycle.error.objection-open");
                });
        Integer consentVersion = consents.activeConsentVersion(workerId)
                .orElseThrow(() -> new Refusal("recognition.error.consent"));
        LocalDate today = LocalDate.now(clock);
        Identity identity = IdentityRules.check(request.identity(), today);
        Municipality municipality = municipalityFor(identity.postcode(), request.municipalityId());

        RecognitionRequest r = new RecognitionRequest();
        r.workerAccountId = workerId;
        r.municipalityId = municipality.id();
        r.origin = "ONLINE";
        r.status = RequestStatus.SUBMITTED;
        r.submittedAt = clock.instant();
        r.updatedAt = r.submittedAt;
        r.consentVersion = consentVersion;
        r.consentAt = clock.instant();
        crypto.store(r, identity);
        r = requests.saveAndFlush(r);
        log.history(r.id, "SUBMITTED", Roles.WORKER);
        events.publishEvent(new RequestSubmitted(r.id, workerId, r.municipalityId));
        return r.id;
    }

    @Transactional
    public void withdraw() {
        RecognitionRequest r = open();
        if (r.status == RequestStatus.RECOGNISED) {
            // a recognition is not withdrawn but ended: the worker reports that they stopped or moved
            throw new Refusal("recognition.error.already-decided");
        }
        r.status = RequestStatus.WITHDRAWN;
        touch(r);
        log.history(r.id, "WITHDRAWN", Roles.WORKER);
        events.publishEvent(new RequestWithdrawn(r.id, r.workerIdOrZero(), r.municipalityId));
    }

    /**
     * Withdrawing consent erases every request of the worker at once, with its identity, number, history and
     * messages; an audit entry without identity remains. The account stays, so she can consent again later and make
     * a new request.
     */
    @Transactional
    public void withdrawConsentAndErase() {
        long workerId = currentUser.require().id();
        for (RecognitionRequest r : requests.findByWorkerAccountIdOrderBySubmittedAtDesc(workerId)) {
            RecognitionPersonalData.tellOverviewOfErasure(r, events);
            audit.record(AuditAction.DATA_ERASED, "REQUEST", Long.toString(r.id), "consent withdrawn");
            requests.delete(r);
        }
        requests.flush();
        consents.withdrawWorkerConsents(workerId, clock.instant());
    }

    /**
     * Where the worker's consent stands: current; given to a version older than the newest major version of the
     * privacy statement (she is asked again at sign-in); or withdrawn.
     */
    public ConsentStatus consentStatus() {
        return consents.activeConsentVersion(currentUser.require().id())
                .map(v -> v >= information.privacyStatementConsentVersion() ? ConsentStatus.CURRENT
                        : ConsentStatus.ASK_AGAIN)
                .orElse(ConsentStatus.NONE);
    }

    /**
     * Records the worker's consent to the version of the privacy statement she was shown, which must be the current
     * one: after a major change, or again after she withdrew it (then she may make a new request).
     */
    @Transactional
    public void giveConsent(boolean consent, int statementVersion) {
        requireConsent(consent, statementVersion);
        recordConsent(currentUser.require().id(), statementVersion);
    }

    @Transactional
    public void reportMove(String message) {
        RecognitionRequest r = open();
        String text = IdentityRules.lines(message, Limits.MESSAGE_MAX, "recognition.action.moved-text");
        log.history(r.id, "MOVE_REPORTED", Roles.WORKER);
        log.note(r.id, currentUser.require().id(), text, false, true);
        touch(r);
    }

    @Transactional
    public void reportStopped() {
        RecognitionRequest r = open();
        log.history(r.id, "STOP_REPORTED", Roles.WORKER);
        touch(r);
    }

    @Transactional
    public void askRenewal() {
        RecognitionRequest r = open();
        if (r.status != RequestStatus.RECOGNISED) {
            throw new Refusal("recognition.error.not-recognised");
        }
        r.renewalRequested = true;
        touch(r);
        log.history(r.id, "RENEWAL_ASKED", Roles.WORKER);
    }

    @Transactional
    public void sendMessage(String message) {
        RecognitionRequest r = newest().orElseThrow(() -> new Refusal("error.not-found"));
        String text = IdentityRules.lines(message, Limits.MESSAGE_MAX, "recognition.message.write");
        log.note(r.id, currentUser.require().id(), text, false, true);
        log.history(r.id, "MESSAGE_FROM_WORKER", Roles.WORKER);
        touch(r);
        events.publishEvent(new WorkerMessageSent(r.id, r.municipalityId));
    }

    /** The ids of all the worker's requests, newest first (for the list of who looked at them). */
    public List<Long> myRequestIds() {
        return requests.findByWorkerAccountIdOrderBySubmittedAtDesc(currentUser.require().id()).stream()
                .map(r -> r.id).toList();
    }

    /** The identity the worker gave, for their own export and review. */
    public Optional<Identity> myIdentity() {
        return newest().map(crypto::identity);
    }

    /**
     * A worker recognised at the door claims an online account with the one-time code: creates the account,
     * records consent and links the request. Rate-limited per source address.
     */
    @Transactional
    @PreAuthorize("permitAll()")
    public long claimDoorRegistration(String code, SignUp signUp, String source) {
        requireConsent(signUp.consent(), signUp.statementVersion());
        long requestId = activationCodes.redeem(code, source);
        RecognitionRequest r = requests.findById(requestId).orElseThrow(() -> new Refusal("error.not-found"));
        if (r.workerAccountId != null) {
            throw new Refusal("recognition.error.activation-code");
        }
        long accountId = accounts.registerWorker(signUp.username(), signUp.password());
        recordConsent(accountId, signUp.statementVersion());
        r.workerAccountId = accountId;
        r.consentVersion = signUp.statementVersion();
        r.consentAt = clock.instant();
        touch(r);
        log.history(r.id, "ACCOUNT_CLAIMED", Roles.WORKER);
        return accountId;
    }

    private void requireConsent(boolean consent, int version) {
        if (!consent || version != information.currentPrivacyStatementVersion()) {
            throw new Refusal("recognition.error.consent");
        }
    }

    private void recordConsent(long accountId, int version) {
        consents.recordWorkerConsent(accountId, version, clock.instant());
    }

    private Municipality municipalityFor(String postcode, @org.jspecify.annotations.Nullable String chosen) {
        List<String> names = postcodes.municipalitiesOf(postcode);
        if (names.isEmpty()) {
            throw new Refusal("recognition.error.outside-region");
        }
        String name;
        if (names.size() == 1) {
            name = names.getFirst();
        } else {
            name = names.stream().filter(n -> municipalities.findByName(n).map(Municipality::id)
                    .filter(id -> id.equals(chosen)).isPresent()).findFirst()
                    .orElseThrow(() -> new Refusal("recognition.error.choose-municipality", String.join(", ", names)));
        }
        Municipality m = municipalities.findByName(name).orElseThrow(() -> new Refusal("error.not-found"));
        if (!m.participating()) {
            throw new Refusal("recognition.error.not-participating", m.name());
        }
        return m;
    }

    private Optional<RecognitionRequest> newest() {
        return requests.findByWorkerAccountIdOrderBySubmittedAtDesc(currentUser.require().id()).stream().findFirst();
    }

    private RecognitionRequest open() {
        return requests.findFirstByWorkerAccountIdAndStatusIn(currentUser.require().id(), RequestStatus.OPEN)
                .orElseThrow(() -> new Refusal("recognition.error.no-open-request"));
    }

    private void touch(RecognitionRequest r) {
        r.updatedAt = clock.instant();
        requests.saveAndFlush(r);
    }

    private MyRequest view(RecognitionRequest r) {
        String municipality = municipalities.find(r.municipalityId).map(Municipality::name).orElse(r.municipalityId);
        return new MyRequest(r.id, municipality, r.status, r.submittedAt, r.intakeAt, r.intakePlace,
                r.intakePlace == IntakePlace.AT_WORK_ADDRESS || r.intakePlaceTextEnc == null ? null
                        : crypto.decryptText(r.intakePlaceTextEnc, "recognition_request.intake_place_text"),
                r.recognitionNumber, r.validUntil, r.declineReason,
                r.declineTextEnc == null ? null : crypto.decryptText(r.declineTextEnc, "recognition_request.decline_text"),
                r.renewalRequested, log.history(r.id), log.messages(r.id));
    }
}
