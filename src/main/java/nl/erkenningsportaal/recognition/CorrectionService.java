package nl.erkenningsportaal.recognition;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import nl.erkenningsportaal.audit.AccessReason;
import nl.erkenningsportaal.audit.AuditAction;
import nl.erkenningsportaal.audit.AuditService;
import nl.erkenningsportaal.audit.StatedReason;
import nl.erkenningsportaal.municipality.Municipality;
import nl.erkenningsportaal.municipality.MunicipalityService;
import nl.erkenningsportaal.municipality.PostcodeAreas;
import nl.erkenningsportaal.platform.Refusal;
import nl.erkenningsportaal.platform.Roles;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The worker proposes a correction of her details (name, work address within her municipality, phone, languages);
 * an officer of her municipality opens the values with a stated reason (audited), and confirms the correction or
 * explains why not. A confirmed correction changes the identity; what it replaced is kept encrypted for
 * {@value #VALUES_KEPT_MONTHS} months — while an objection or a complaint about the change can still come and be
 * handled — and then erased with what she proposed ({@link LifecycleRetention}). One proposal at a time.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('" + Roles.OFFICER + "')")
public class CorrectionService {

    static final int VALUES_KEPT_MONTHS = 6;
    private static final String PROPOSED = "recognition_correction.proposed";
    private static final String PREVIOUS = "recognition_correction.previous";
    private static final String REFUSAL = "recognition_correction.refusal_text";
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {};

    private final OwnRequests own;
    private final CorrectionStore store;
    private final RequestCrypto crypto;
    private final PostcodeAreas postcodes;
    private final MunicipalityService municipalities;
    private final AuditService audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final JsonMapper json = JsonMapper.builder().build();

    CorrectionService(OwnRequests own, CorrectionStore store, RequestCrypto crypto, PostcodeAreas postcodes,
            MunicipalityService municipalities, AuditService audit, ApplicationEventPublisher events, Clock clock) {
        this.own = own;
        this.store = store;
        this.crypto = crypto;
        this.postcodes = postcodes;
        this.municipalities = municipalities;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    // ---- the worker

    /** Her details as they are now on her open request, to start the correction form from. */
    @PreAuthorize("hasRole('" + Roles.WORKER + "')")
    public Optional<ProposedDetails> myDetails() {
        return own.newestOfWorker().filter(r -> RequestStatus.OPEN.contains(r.status)).map(crypto::identity)
                .map(ProposedDetails::of);
    }

    /** Her corrections on her newest request, newest first. */
    @PreAuthorize("hasRole('" + Roles.WORKER + "')")
    public List<Correction> myCorrections() {
        return own.newestOfWorker().map(r -> store.all(r.id).stream().map(this::view).toList()).orElse(List.of());
    }

    /**
     * Proposes the details as she filled them in: checked like a request; nothing changed, a work address in another
     * municipality (that is a move) or a second open proposal is refused. Returns the fields that change.
     */
    @Transactional
    @PreAuthorize("hasRole('" + Roles.WORKER + "')")
    public Set<CorrectionField> propose(ProposedDetails details) {
        RecognitionRequest r = own.requireNewestOfWorker();
        if (!RequestStatus.OPEN.contains(r.status)) {
            throw new Refusal("recognition.error.no-open-request");
        }
        return propose(r, details, Roles.WORKER);
    }

    /** Withdraws her open proposal; what she proposed is erased at once. */
    @Transactional
    @PreAuthorize("hasRole('" + Roles.WORKER + "')")
    public void withdrawCorrection() {
        RecognitionRequest r = own.requireNewestOfWorker();
        CorrectionStore.Row c = store.pending(r.id).orElseThrow(() -> new Refusal("lifecycle.error.no-correction"));
        store.withdraw(c, clock.instant());
        own.note(r, "CORRECTION_WITHDRAWN", Roles.WORKER);
    }

    /** Used for a move within the municipality: the new work address is proposed as a correction. */
    Set<CorrectionField> proposeNewWorkAddress(RecognitionRequest r, NewWorkAddress address) {
        Identity now = crypto.identity(r);
        return propose(r, new ProposedDetails(now.legalName(), address.street(), address.houseNumber(),
                address.addition(), address.postcode(), address.town(), now.phone(), now.languages()), Roles.WORKER);
    }

    private Set<CorrectionField> propose(RecognitionRequest r, ProposedDetails details, String role) {
        if (store.pending(r.id).isPresent()) {
            throw new Refusal("lifecycle.error.correction-open");
        }
        Identity now = crypto.identity(r);
        Identity proposed = IdentityRules.check(apply(now, details, EnumSet.allOf(CorrectionField.class)),
                LocalDate.now(clock));
        Set<CorrectionField> changed = changed(now, proposed);
        if (changed.isEmpty()) {
            throw new Refusal("lifecycle.error.nothing-changed");
        }
        if (changed.contains(CorrectionField.WORK_ADDRESS)) {
            String here = municipalities.find(r.municipalityId).map(Municipality::name).orElse(r.municipalityId);
            if (!postcodes.municipalitiesOf(proposed.postcode()).contains(here)) {
                throw new Refusal("lifecycle.error.address-elsewhere", here);
            }
        }
        store.propose(r.id, clock.instant(), changed, crypto.encryptText(values(proposed, changed), PROPOSED));
        own.note(r, "CORRECTION_PROPOSED", role);
        audit.record(AuditAction.CORRECTION_PROPOSED, "REQUEST", Long.toString(r.id),
                CorrectionStore.names(changed));
        return changed;
    }

    // ---- the officer

    /** The request's corrections, newest first, without their values. */
    public List<Correction> correctionsOf(long requestId) {
        return store.all(own.ofOfficer(requestId).id).stream().map(this::view).toList();
    }

    /**
     * Opens the values of the newest correction (before and after) for a stated reason; audited as a look at the
     * identity, which the worker sees.
     */
    @Transactional
    public CorrectionValues openCorrection(long requestId, StatedReason reason) {
        RecognitionRequest r = own.ofOfficer(requestId);
        StatedReason why = reason.requireOneOf(AccessReason.FOR_OFFICERS);
        CorrectionStore.Row c = store.newest(r.id).filter(x -> x.proposedEnc() != null)
                .orElseThrow(() -> new Refusal("lifecycle.error.no-correction"));
        audit.record(AuditAction.IDENTITY_VIEWED, "REQUEST", Long.toString(r.id), why.auditText("correction"));
        Map<String, Object> after = read(c.proposedEnc(), PROPOSED);
        Map<CorrectionField, String> before = c.status() == CorrectionStatus.PROPOSED
                ? lines(crypto.identity(r), c.fields())
                : c.previousEnc() == null ? Map.of() : lines(apply(crypto.identity(r), read(c.previousEnc(), PREVIOUS)),
                        c.fields());
        return new CorrectionValues(c.fields(), before, lines(apply(crypto.identity(r), after), c.fields()));
    }

    /** Confirms the open correction: the identity changes; what it replaced is kept for a while, encrypted. */
    @Transactional
    public void confirmCorrection(long requestId) {
        RecognitionRequest r = own.ofOfficer(requestId);
        CorrectionStore.Row c = store.pending(r.id).orElseThrow(() -> new Refusal("lifecycle.error.no-correction"));
        Identity now = crypto.identity(r);
        Identity corrected = apply(now, read(c.proposedEnc(), PROPOSED));
        if (c.fields().contains(CorrectionField.WORK_ADDRESS)) {
            String here = municipalities.find(r.municipalityId).map(Municipality::name).orElse(r.municipalityId);
            if (!postcodes.municipalitiesOf(corrected.postcode()).contains(here)) {
                throw new Refusal("lifecycle.error.address-elsewhere", here);
            }
        }
        crypto.store(r, corrected);
        own.save(r, "CORRECTION_CONFIRMED", Roles.OFFICER);
        store.confirm(c, clock.instant(), crypto.encryptText(values(now, c.fields()), PREVIOUS), keptUntil());
        audit.record(AuditAction.CORRECTION_DECIDED, "REQUEST", Long.toString(r.id),
                "confirmed: " + CorrectionStore.names(c.fields()));
        events.publishEvent(new CorrectionDecided(r.id, r.workerIdOrZero(), r.municipalityId, true));
    }

    /** Refuses the open correction with an explanation she reads. */
    @Transactional
    public void refuseCorrection(long requestId, String explanation) {
        RecognitionRequest r = own.ofOfficer(requestId);
        CorrectionStore.Row c = store.pending(r.id).orElseThrow(() -> new Refusal("lifecycle.error.no-correction"));
        String text = IdentityRules.lines(explanation, Limits.MESSAGE_MAX, "recognition.field.explanation");
        store.refuse(c, clock.instant(), crypto.encryptText(text, REFUSAL), keptUntil());
        own.note(r, "CORRECTION_REFUSED", Roles.OFFICER);
        audit.record(AuditAction.CORRECTION_DECIDED, "REQUEST", Long.toString(r.id),
                "refused: " + CorrectionStore.names(c.fields()));
        events.publishEvent(new CorrectionDecided(r.id, r.workerIdOrZero(), r.municipalityId, false));
    }

    // ----

    private LocalDate keptUntil() {
        return LocalDate.now(clock).plusMonths(VALUES_KEPT_MONTHS);
    }

    private Correction view(CorrectionStore.Row c) {
        return new Correction(c.id(), c.proposedAt(), c.fields(), c.status(), c.decidedAt(),
                c.refusalTextEnc() == null ? null : crypto.decryptText(c.refusalTextEnc(), REFUSAL),
                c.valuesKeptUntil(), c.proposedEnc() != null || c.previousEnc() != null);
    }

    private static Set<CorrectionField> changed(Identity a, Identity b) {
        Set<CorrectionField> changed = EnumSet.noneOf(CorrectionField.class);
        if (!a.legalName().equals(b.legalName())) {
            changed.add(CorrectionField.NAME);
        }
        if (!a.workAddress().equals(b.workAddress())) {
            changed.add(CorrectionField.WORK_ADDRESS);
        }
        if (!Objects.equals(a.phone(), b.phone())) {
            changed.add(CorrectionField.PHONE);
        }
        if (!Set.copyOf(a.languages()).equals(Set.copyOf(b.languages()))) {
            changed.add(CorrectionField.LANGUAGES);
        }
        return changed;
    }

    /** The identity with the form's values for {@code fields}. */
    private static Identity apply(Identity i, ProposedDetails d, Set<CorrectionField> fields) {
        boolean name = fields.contains(CorrectionField.NAME);
        boolean address = fields.contains(CorrectionField.WORK_ADDRESS);
        return new Identity(name ? d.legalName() : i.legalName(), i.dateOfBirth(), i.nationality(),
                address ? d.street() : i.street(), address ? d.houseNumber() : i.houseNumber(),
                address ? IdentityRules.optional(d.addition()) : i.houseNumberAddition(),
                address ? d.postcode() : i.postcode(), address ? d.town() : i.town(),
                fields.contains(CorrectionField.PHONE) ? IdentityRules.optional(d.phone()) : i.phone(), i.workName(),
                fields.contains(CorrectionField.LANGUAGES) ? d.languages() : i.languages(), i.preferredContact());
    }

    /** The identity with the stored values (only the fields they hold). */
    @SuppressWarnings("unchecked")
    private static Identity apply(Identity i, Map<String, Object> v) {
        Set<CorrectionField> fields = EnumSet.noneOf(CorrectionField.class);
        if (v.containsKey("legalName")) {
            fields.add(CorrectionField.NAME);
        }
        if (v.containsKey("street")) {
            fields.add(CorrectionField.WORK_ADDRESS);
        }
        if (v.containsKey("phone")) {
            fields.add(CorrectionField.PHONE);
        }
        if (v.containsKey("languages")) {
            fields.add(CorrectionField.LANGUAGES);
        }
        ProposedDetails d = new ProposedDetails(string(v, "legalName"), string(v, "street"), string(v, "houseNumber"),
                (String) v.get("addition"), string(v, "postcode"), string(v, "town"), (String) v.get("phone"),
                v.containsKey("languages") ? List.copyOf((List<String>) v.get("languages")) : List.of());
        return apply(i, d, fields);
    }

    private static String string(Map<String, Object> v, String key) {
        Object value = v.get(key);
        return value == null ? "" : value.toString();
    }

    /** The values of {@code fields} as JSON, for encryption. */
    private String values(Identity i, Set<CorrectionField> fields) {
        Map<String, Object> v = new LinkedHashMap<>();
        if (fields.contains(CorrectionField.NAME)) {
            v.put("legalName", i.legalName());
        }
        if (fields.contains(CorrectionField.WORK_ADDRESS)) {
            v.put("street", i.street());
            v.put("houseNumber", i.houseNumber());
            v.put("addition", i.houseNumberAddition());
            v.put("postcode", i.postcode());
            v.put("town", i.town());
        }
        if (fields.contains(CorrectionField.PHONE)) {
            v.put("phone", i.phone());
        }
        if (fields.contains(CorrectionField.LANGUAGES)) {
            v.put("languages", new ArrayList<>(i.languages()));
        }
        return json.writeValueAsString(v);
    }

    private Map<String, Object> read(String enc, String purpose) {
        return json.readValue(crypto.decryptText(enc, purpose), MAP);
    }

    private static Map<CorrectionField, String> lines(Identity i, Set<CorrectionField> fields) {
        Map<CorrectionField, String> lines = new EnumMap<>(CorrectionField.class);
        for (CorrectionField f : fields) {
            lines.put(f, switch (f) {
                case NAME -> i.legalName();
                case WORK_ADDRESS -> i.workAddress();
                case PHONE -> i.phone() == null ? "" : i.phone();
                case LANGUAGES -> String.join(",", i.languages());
            });
        }
        return lines;
    }
}
