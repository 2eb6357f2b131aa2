package nl.erkenningsportaal.recognition;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.erkenningsportaal.audit.AccessReason;
import nl.erkenningsportaal.audit.AuditAction;
import nl.erkenningsportaal.audit.AuditService;
import nl.erkenningsportaal.audit.StatedReason;
import nl.erkenningsportaal.municipality.Municipality;
import nl.erkenningsportaal.municipality.MunicipalityService;
import nl.erkenningsportaal.municipality.PostcodeAreas;
import nl.erkenningsportaal.platform.Refusal;
import nl.erkenningsportaal.platform.Roles;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A recognised worker moves her work. Within her municipality it is a correction of the work address. To another
 * municipality that takes part it is a transfer: that municipality's officers find it in their worklist, may open the
 * new address with a stated reason, and accept or refuse; accepted, the request itself moves — same number, same
 * validity — and the old municipality loses access at once, because every officer's query asks for her own
 * municipality ({@code docs/decisions/0043-moving-keeps-the-number.md}). To a municipality that does not take part,
 * or outside the region, she is told plainly that her recognition ends and until when her data is kept, and ends it
 * herself when she confirms.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('" + Roles.OFFICER + "')")
public class MoveService {

    private static final String ADDRESS = "recognition_transfer.address";
    private static final String REFUSAL = "recognition_transfer.refusal_text";

    private final OwnRequests own;
    private final TransferStore store;
    private final RecognitionRequestRepository requests;
    private final RequestCrypto crypto;
    private final PostcodeAreas postcodes;
    private final MunicipalityService municipalities;
    private final CorrectionService corrections;
    private final AuditService audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    MoveService(OwnRequests own, TransferStore store, RecognitionRequestRepository requests, RequestCrypto crypto,
            PostcodeAreas postcodes, MunicipalityService municipalities, CorrectionService corrections,
            AuditService audit, ApplicationEventPublisher events, Clock clock) {
        this.own = own;
        this.store = store;
        this.requests = requests;
        this.crypto = crypto;
        this.postcodes = postcodes;
        this.municipalities = municipalities;
        this.corrections = corrections;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    // ---- the worker

    /** What moving to {@code postcode} means for her recognition; {@code chosen} settles a shared postcode area. */
    @PreAuthorize("hasRole('" + Roles.WORKER + "')")
    public MoveOption whatMovingMeans(String postcode, @Nullable String chosenMunicipalityId) {
        return option(recognised(), postcode, chosenMunicipalityId);
    }

    /** Her newest transfer, if she reported one. */
    @PreAuthorize("hasRole('" + Roles.WORKER + "')")
    public Optional<Transfer> myTransfer() {
        return own.newestOfWorker().flatMap(r -> store.newest(r.id)).map(this::view);
    }

    /**
     * Reports a move to the new work address: a transfer to a municipality that takes part, or a correction of the
     * work address within her own. Refused while a transfer is waiting, and for a place where her recognition cannot
     * go (she confirms that with {@link #endBecauseMovingAway}).
     */
    @Transactional
    @PreAuthorize("hasRole('" + Roles.WORKER + "')")
    public MoveKind reportMove(NewWorkAddress address, @Nullable String chosenMunicipalityId) {
        RecognitionRequest r = recognised();
        NewWorkAddress checked = checked(r, address);
        MoveOption option = option(r, checked.postcode(), chosenMunicipalityId);
        switch (option.kind()) {
            case WITHIN -> {
                corrections.proposeNewWorkAddress(r, checked);
                events.publishEvent(new MoveReported(r.id, r.municipalityId));
            }
            case TRANSFER -> {
                if (store.newest(r.id).filter(t -> t.status() == TransferStatus.PENDING).isPresent()) {
                    throw new Refusal("lifecycle.error.move-waiting");
                }
                Municipality to = option.target();
                store.report(r.id, r.municipalityId, to.id(), clock.instant(), enc(checked.street()),
                        enc(checked.houseNumber()), checked.addition() == null ? null : enc(checked.addition()),
                        enc(checked.postcode()), enc(checked.town()));
                own.note(r, "MOVE_REPORTED", Roles.WORKER);
                audit.record(AuditAction.MOVE_REPORTED, "REQUEST", Long.toString(r.id), "to " + to.id());
                events.publishEvent(new MoveReported(r.id, to.id()));
            }
            case CHOOSE -> throw new Refusal("recognition.error.choose-municipality",
                    String.join(", ", option.candidates().stream().map(Municipality::name).toList()));
            default -> throw new Refusal("lifecycle.error.move-ends-recognition");
        }
        return option.kind();
    }

    /**
     * She moves to a place where her recognition cannot go, was told what that means, and confirms: her recognition
     * ends now, as moved. Her data is kept for the municipality's term for ended recognitions, then erased.
     */
    @Transactional
    @PreAuthorize("hasRole('" + Roles.WORKER + "')")
    public void endBecauseMovingAway(String postcode, @Nullable String chosenMunicipalityId) {
        RecognitionRequest r = recognised();
        MoveOption option = option(r, PostcodeAreas.normalise(postcode)
                .orElseThrow(() -> new Refusal("recognition.error.postcode")), chosenMunicipalityId);
        if (option.kind() != MoveKind.NOT_TAKING_PART && option.kind() != MoveKind.OUTSIDE_REGION) {
            throw new Refusal("lifecycle.error.move-can-continue");
        }
        r.status = RequestStatus.ENDED;
        r.endReason = EndReason.MOVED;
        own.save(r, "MOVED_AWAY", Roles.WORKER);
        audit.record(AuditAction.MOVE_REPORTED, "REQUEST", Long.toString(r.id), "away: recognition ended");
        events.publishEvent(new RecognitionEnded(r.id, r.workerIdOrZero(), r.municipalityId, EndReason.MOVED));
    }

    /** Cancels her waiting transfer; the new address she gave is erased. */
    @Transactional
    @PreAuthorize("hasRole('" + Roles.WORKER + "')")
    public void cancelMove() {
        RecognitionRequest r = own.requireNewestOfWorker();
        TransferStore.Row t = store.newest(r.id).filter(x -> x.status() == TransferStatus.PENDING)
                .orElseThrow(() -> new Refusal("lifecycle.error.no-move"));
        store.decide(t, TransferStatus.CANCELLED, clock.instant(), null);
        own.note(r, "MOVE_CANCELLED", Roles.WORKER);
    }

    // ---- the officers

    /** The newest transfer of one of the officer's own requests (the municipality it leaves). */
    public Optional<Transfer> transferOf(long requestId) {
        return store.newest(own.ofOfficer(requestId).id).map(this::view);
    }

    /** Transfers waiting for the officer's municipality, oldest first. */
    public List<IncomingTransfer> incomingTransfers() {
        return store.incoming(own.officerMunicipality()).stream().map(i -> new IncomingTransfer(i.id(),
                name(i.fromMunicipality()), i.reportedAt(), i.validUntil())).toList();
    }

    /** The new work address of a transfer waiting for the officer's municipality, for a stated reason (audited). */
    @Transactional
    public NewWorkAddress openTransferAddress(long transferId, StatedReason reason) {
        TransferStore.Row t = incoming(transferId);
        StatedReason why = reason.requireOneOf(AccessReason.FOR_OFFICERS);
        audit.record(AuditAction.IDENTITY_VIEWED, "REQUEST", Long.toString(t.requestId()), why.auditText("move"));
        return address(t);
    }

    /**
     * Accepts a transfer to the officer's municipality: the request moves here with its number and validity, the new
     * address becomes its work address, and the old municipality's internal notes are erased. From this moment the old
     * municipality finds nothing of it.
     */
    @Transactional
    public void acceptTransfer(long transferId) {
        TransferStore.Row t = incoming(transferId);
        RecognitionRequest r = requests.findById(t.requestId())
                .filter(x -> x.municipalityId.equals(t.fromMunicipality()) && x.status == RequestStatus.RECOGNISED)
                .orElseThrow(() -> new Refusal("lifecycle.error.move-no-longer-possible"));
        NewWorkAddress address = address(t);
        Identity before = crypto.identity(r);
        crypto.store(r, new Identity(before.legalName(), before.dateOfBirth(), before.nationality(), address.street(),
                address.houseNumber(), address.addition(), address.postcode(), address.town(), before.phone(),
                before.workName(), before.languages(), before.preferredContact()));
        r.municipalityId = t.toMunicipality();
        store.decide(t, TransferStatus.ACCEPTED, clock.instant(), null);
        store.eraseInternalNotes(r.id);
        own.save(r, "TRANSFER_ACCEPTED", Roles.OFFICER);
        audit.record(AuditAction.DECISION_TAKEN, "REQUEST", Long.toString(r.id),
                "transfer accepted from " + t.fromMunicipality());
        events.publishEvent(new TransferDecided(r.id, r.workerIdOrZero(), t.fromMunicipality(), t.toMunicipality(),
                true));
    }

    /** Refuses a transfer with an explanation she reads; her recognition stays where it is. */
    @Transactional
    public void refuseTransfer(long transferId, String explanation) {
        TransferStore.Row t = incoming(transferId);
        String text = IdentityRules.lines(explanation, Limits.MESSAGE_MAX, "recognition.field.explanation");
        RecognitionRequest r = requests.findById(t.requestId()).orElseThrow(() -> new Refusal("error.not-found"));
        store.decide(t, TransferStatus.REFUSED, clock.instant(), crypto.encryptText(text, REFUSAL));
        own.note(r, "TRANSFER_REFUSED", Roles.OFFICER);
        audit.record(AuditAction.DECISION_TAKEN, "REQUEST", Long.toString(r.id),
                "transfer refused to " + t.toMunicipality());
        events.publishEvent(new TransferDecided(r.id, r.workerIdOrZero(), t.fromMunicipality(), t.toMunicipality(),
                false));
    }

    // ----

    private RecognitionRequest recognised() {
        RecognitionRequest r = own.requireNewestOfWorker();
        if (r.status != RequestStatus.RECOGNISED) {
            throw new Refusal("recognition.error.not-recognised");
        }
        return r;
    }

    private TransferStore.Row incoming(long transferId) {
        return store.pendingTo(transferId, own.officerMunicipality())
                .orElseThrow(() -> new Refusal("error.not-found"));
    }

    private MoveOption option(RecognitionRequest r, String postcode, @Nullable String chosenMunicipalityId) {
        String normalised = PostcodeAreas.normalise(postcode).orElseThrow(() -> new Refusal("recognition.error.postcode"));
        Municipality current = municipalities.find(r.municipalityId).orElseThrow();
        List<Municipality> candidates = postcodes.municipalitiesOf(normalised).stream()
                .flatMap(n -> municipalities.findByName(n).stream()).toList();
        LocalDate keptUntil = LocalDate.now(clock).plusYears(current.retention().endedYears());
        if (candidates.isEmpty()) {
            return new MoveOption(MoveKind.OUTSIDE_REGION, null, List.of(), current, keptUntil);
        }
        Municipality target;
        if (candidates.size() == 1) {
            target = candidates.getFirst();
        } else {
            Optional<Municipality> chosen = candidates.stream().filter(m -> m.id().equals(chosenMunicipalityId))
                    .findFirst();
            if (chosen.isEmpty()) {
                return new MoveOption(MoveKind.CHOOSE, null, candidates, current, null);
            }
            target = chosen.get();
        }
        if (target.id().equals(r.municipalityId)) {
            return new MoveOption(MoveKind.WITHIN, target, candidates, current, null);
        }
        if (!target.participating()) {
            return new MoveOption(MoveKind.NOT_TAKING_PART, target, candidates, current, keptUntil);
        }
        return new MoveOption(MoveKind.TRANSFER, target, candidates, current, null);
    }

    private NewWorkAddress checked(RecognitionRequest r, NewWorkAddress a) {
        Identity now = crypto.identity(r);
        Identity moved = IdentityRules.check(new Identity(now.legalName(), now.dateOfBirth(), now.nationality(),
                a.street(), a.houseNumber(), a.addition(), a.postcode(), a.town(), now.phone(), now.workName(),
                now.languages(), now.preferredContact()), LocalDate.now(clock));
        return new NewWorkAddress(moved.street(), moved.houseNumber(), moved.houseNumberAddition(), moved.postcode(),
                moved.town());
    }

    private Transfer view(TransferStore.Row t) {
        return new Transfer(t.id(), name(t.fromMunicipality()), name(t.toMunicipality()), t.reportedAt(), t.status(),
                t.decidedAt(), t.refusalTextEnc() == null ? null : crypto.decryptText(t.refusalTextEnc(), REFUSAL));
    }

    private NewWorkAddress address(TransferStore.Row t) {
        if (t.streetEnc() == null || t.houseNumberEnc() == null || t.postcodeEnc() == null || t.townEnc() == null) {
            throw new Refusal("lifecycle.error.move-no-longer-possible");
        }
        return new NewWorkAddress(dec(t.streetEnc()), dec(t.houseNumberEnc()),
                t.additionEnc() == null ? null : dec(t.additionEnc()), dec(t.postcodeEnc()), dec(t.townEnc()));
    }

    private String name(String municipalityId) {
        return municipalities.find(municipalityId).map(Municipality::name).orElse(municipalityId);
    }

    private String enc(String value) {
        return crypto.encryptText(value, ADDRESS);
    }

    private String dec(String value) {
        return crypto.decryptText(value, ADDRESS);
    }
}
