package nl.erkenningsportaal.contact;

import static java.time.temporal.ChronoUnit.DAYS;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import nl.erkenningsportaal.audit.AuditAction;
import nl.erkenningsportaal.audit.AuditActor;
import nl.erkenningsportaal.audit.AuditService;
import nl.erkenningsportaal.privacy.ProcessingRegister;
import nl.erkenningsportaal.privacy.Purpose;
import nl.erkenningsportaal.privacy.RetentionJob;
import nl.erkenningsportaal.privacy.RetentionRule;
import nl.erkenningsportaal.privacy.RetentionWork;
import nl.erkenningsportaal.privacy.Term;
import org.springframework.stereotype.Component;

/**
 * The contact module's retention, run daily once across nodes by the {@code RetentionRunner}: a care request with its
 * messages goes {@link #CARE_CLOSED 90 days} after it was closed, or when nobody touched it for
 * {@link #CARE_UNTOUCHED a year}, closed or not (the way to reach her went at closing already); a question without an
 * account goes {@link #QUESTIONS 29 days} after it came in, answered or not (the form promises "within 30 days", and
 * the run is daily); the form's submissions per source after {@link #QUESTION_ATTEMPTS a day}.
 */
@Component
class ContactRetention implements RetentionJob {

    static final String JOB = "contact";

    static final RetentionRule CARE_CLOSED = new RetentionRule("contact.care.closed", JOB, Purpose.SUPPORT,
            Term.fixed(90, DAYS));
    static final RetentionRule CARE_UNTOUCHED = new RetentionRule("contact.care.untouched", JOB, Purpose.SUPPORT,
            Term.fixed(365, DAYS));
    static final RetentionRule QUESTIONS = new RetentionRule("contact.question", JOB, Purpose.SUPPORT,
            Term.fixed(29, DAYS));
    static final RetentionRule QUESTION_ATTEMPTS = new RetentionRule("contact.question-attempt", JOB,
            Purpose.SECURITY, Term.fixed(1, DAYS));

    static final List<RetentionRule> RULES = List.of(CARE_CLOSED, CARE_UNTOUCHED, QUESTIONS, QUESTION_ATTEMPTS);

    /**
     * How long a question is kept from the moment it came in (to the minute, not from the start of a day: with the
     * daily run it is gone within 30 days); also the "until" of the answer link.
     */
    static final Duration QUESTION_KEPT = Duration.of(QUESTIONS.term().amount(), QUESTIONS.term().unit());

    private final CareStore care;
    private final QuestionStore questions;
    private final ProcessingRegister register;
    private final RetentionWork work;
    private final AuditService audit;

    ContactRetention(CareStore care, QuestionStore questions, ProcessingRegister register, RetentionWork work,
            AuditService audit) {
        this.care = care;
        this.questions = questions;
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
        eraseCare(CARE_CLOSED, care.closedBefore(register.cutoff(CARE_CLOSED.id(), null, clock)));
        eraseCare(CARE_UNTOUCHED, care.untouchedSince(register.cutoff(CARE_UNTOUCHED.id(), null, clock)));

        Instant questionsBefore = clock.instant().minus(QUESTION_KEPT);
        work.inBatches(QUESTIONS.id(), () -> questions.eraseCreatedBefore(questionsBefore, RetentionWork.BATCH));

        Instant attemptsBefore = register.cutoff(QUESTION_ATTEMPTS.id(), null, clock);
        work.inBatches(QUESTION_ATTEMPTS.id(),
                () -> questions.forgetAttemptsBefore(attemptsBefore, RetentionWork.BATCH));
    }

    /** Each request with its messages in a transaction of its own, audited (which request, never whose). */
    private void eraseCare(RetentionRule rule, List<Long> due) {
        work.eachInOwnTransaction(rule.id(), due, id -> {
            audit.record(AuditActor.SYSTEM, AuditAction.DATA_ERASED, "CARE_REQUEST", Long.toString(id),
                    "retention: " + rule.id());
            care.delete(id);
        });
    }
}
