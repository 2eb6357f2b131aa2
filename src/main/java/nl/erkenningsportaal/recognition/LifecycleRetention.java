package nl.erkenningsportaal.recognition;

import static java.time.temporal.ChronoUnit.MONTHS;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import nl.erkenningsportaal.privacy.Purpose;
import nl.erkenningsportaal.privacy.RetentionJob;
import nl.erkenningsportaal.privacy.RetentionRule;
import nl.erkenningsportaal.privacy.RetentionWork;
import nl.erkenningsportaal.privacy.Term;
import org.springframework.stereotype.Component;

/**
 * The retention of what comes after the first request that does not simply go with the request. Objections,
 * revocations, transfers, corrections and renewals are erased with a declined request (by the database's cascade)
 * and lose every text and value when an ended recognition is made anonymous ({@link RequestRetention}, in the same
 * transaction as the identity). Here: what she proposed and what it replaced, and an officer's refusal, once a
 * decided correction was kept for {@value CorrectionService#VALUES_KEPT_MONTHS} months (long enough for an objection
 * or complaint about the change; she is told the date).
 */
@Component
class LifecycleRetention implements RetentionJob {

    static final String JOB = "recognition-lifecycle";

    static final RetentionRule CORRECTION_VALUES = new RetentionRule("recognition.correction.values", JOB,
            Purpose.RECOGNITION, Term.fixed(CorrectionService.VALUES_KEPT_MONTHS, MONTHS));

    static final List<RetentionRule> RULES = List.of(CORRECTION_VALUES);

    private final CorrectionStore corrections;
    private final RetentionWork work;

    LifecycleRetention(CorrectionStore corrections, RetentionWork work) {
        this.corrections = corrections;
        this.work = work;
    }

    @Override
    public String name() {
        return JOB;
    }

    /** Each correction's {@code values_kept_until} was set at its decision to that day plus the rule's term. */
    @Override
    public void run(Clock clock) {
        LocalDate today = LocalDate.now(clock);
        work.inBatches(CORRECTION_VALUES.id(),
                () -> corrections.eraseValuesKeptUntilBefore(today, RetentionWork.BATCH));
    }
}
