package nl.erkenningsportaal.recognition;

import static java.time.temporal.ChronoUnit.DAYS;
import static java.time.temporal.ChronoUnit.MONTHS;
import static java.time.temporal.ChronoUnit.YEARS;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import nl.erkenningsportaal.audit.AuditAction;
import nl.erkenningsportaal.audit.AuditActor;
import nl.erkenningsportaal.audit.AuditService;
import nl.erkenningsportaal.municipality.RetentionSettings;
import nl.erkenningsportaal.privacy.ProcessingRegister;
import nl.erkenningsportaal.privacy.Purpose;
import nl.erkenningsportaal.privacy.RetentionJob;
import nl.erkenningsportaal.privacy.RetentionRule;
import nl.erkenningsportaal.privacy.RetentionWork;
import nl.erkenningsportaal.privacy.Term;
import org.springframework.stereotype.Component;

/**
 * The recognition module's retention, with each municipality's own terms: declined and withdrawn requests are erased
 * (with their history, notes, messages, consent given at the door and activation codes); ended recognitions are made
 * anonymous (the identity, notes, messages and consent given at the door go, the row keeps only status, dates and the
 * now meaningless number); used or expired activation codes and old failed attempts go. Each request in a
 * transaction of its own; the anonymous overview keeps its figures.
 */
@Component
class RequestRetention implements RetentionJob {

    static final String JOB = "recognition";
    static final String ANONYMISED = "ANONYMISED";

    static final RetentionRule DECLINED = new RetentionRule("recognition.request.declined", JOB,
            Purpose.RECOGNITION, Term.municipality(RetentionSettings.DECLINED_MONTHS, MONTHS));
    static final RetentionRule ENDED = new RetentionRule("recognition.request.ended", JOB, Purpose.RECOGNITION,
            Term.municipality(RetentionSettings.ENDED_YEARS, YEARS));
    static final RetentionRule ACTIVATION_CODES = new RetentionRule("recognition.activation-code", JOB,
            Purpose.SECURITY, Term.fixed(30, DAYS));
    static final RetentionRule ACTIVATION_ATTEMPTS = new RetentionRule("recognition.activation-attempt", JOB,
            Purpose.SECURITY, Term.fixed(1, DAYS));

    static final List<RetentionRule> RULES = List.of(DECLINED, ENDED, ACTIVATION_CODES, ACTIVATION_ATTEMPTS);

    private final RecognitionStore store;
    private final RequestLog log;
    private final ConsentStore consents;
    private final ActivationCodes activationCodes;
    private final ProcessingRegister register;
    private final RetentionWork work;
    private final AuditService audit;

    RequestRetention(RecognitionStore store, RequestLog log, ConsentStore consents, ActivationCodes activationCodes,
            ProcessingRegister register, RetentionWork work, AuditService audit) {
        this.store = store;
        this.log = log;
        this.consents = consents;
        this.activationCodes = activationCodes;
        this.register = register;
        this.work = work;
        this.audit = audit;
    }

    @Override
    public String name() {
        return JOB;
    }

    @Override
    public void run(Clock clock) {
        for (String m : register.scopes(DECLINED.id())) {
            List<Long> due = store.declinedOrWithdrawnBefore(m, utc(register.cutoff(DECLINED.id(), m, clock)));
            work.eachInOwnTransaction(DECLINED.id(), due, this::erase);
        }
        for (String m : register.scopes(ENDED.id())) {
            List<Long> due = store.endedWithIdentityBefore(m, utc(register.cutoff(ENDED.id(), m, clock)), ANONYMISED);
            work.eachInOwnTransaction(ENDED.id(), due, this::anonymise);
        }
        LocalDateTime codesBefore = utc(register.cutoff(ACTIVATION_CODES.id(), null, clock));
        work.inBatches(ACTIVATION_CODES.id(), () -> activationCodes.forgetCodes(codesBefore, RetentionWork.BATCH));
        LocalDateTime attemptsBefore = utc(register.cutoff(ACTIVATION_ATTEMPTS.id(), null, clock));
        work.inBatches(ACTIVATION_ATTEMPTS.id(),
                () -> activationCodes.forgetAttempts(attemptsBefore, RetentionWork.BATCH));
    }

    /** A declined or withdrawn request, with its history, notes, messages, door consent and codes (by cascade). */
    private void erase(long id) {
        audit.record(AuditActor.SYSTEM, AuditAction.DATA_ERASED, "REQUEST", Long.toString(id), "retention");
        store.deleteRequest(id);
    }

    /** An ended recognition keeps its status, dates and number; who it was goes. */
    private void anonymise(long id) {
        audit.record(AuditActor.SYSTEM, AuditAction.DATA_ERASED, "REQUEST", Long.toString(id),
                "retention: anonymised");
        store.anonymise(id, ANONYMISED);
        log.deleteNotes(id);
        consents.eraseDoorConsent(id);
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
