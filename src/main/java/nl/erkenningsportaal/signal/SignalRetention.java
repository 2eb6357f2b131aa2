package nl.erkenningsportaal.signal;

import static java.time.temporal.ChronoUnit.MONTHS;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import nl.erkenningsportaal.municipality.RegionRetention;
import nl.erkenningsportaal.privacy.ProcessingRegister;
import nl.erkenningsportaal.privacy.Purpose;
import nl.erkenningsportaal.privacy.RetentionJob;
import nl.erkenningsportaal.privacy.RetentionRule;
import nl.erkenningsportaal.privacy.RetentionWork;
import nl.erkenningsportaal.privacy.Term;
import org.springframework.stereotype.Component;

/**
 * Signal retention, with the region's term (one coordinator works the cases of the whole region): a case closed or
 * handed over is erased with its notes the term after it was closed; a signal that its officer never escalated, the
 * term after it was raised. An open case is never erased (the database refuses it too). Each case in a transaction of
 * its own; the anonymous overview keeps its figures.
 */
@Component
class SignalRetention implements RetentionJob {

    static final String JOB = "signal";

    static final RetentionRule CLOSED = new RetentionRule("signal.case.closed", JOB, Purpose.SIGNALS,
            Term.region(RegionRetention.SIGNALS_MONTHS, MONTHS));
    static final RetentionRule NEVER_ESCALATED = new RetentionRule("signal.case.never-escalated", JOB,
            Purpose.SIGNALS, Term.region(RegionRetention.SIGNALS_MONTHS, MONTHS));

    static final List<RetentionRule> RULES = List.of(CLOSED, NEVER_ESCALATED);

    private final SignalStore store;
    private final ProcessingRegister register;
    private final RetentionWork work;

    SignalRetention(SignalStore store, ProcessingRegister register, RetentionWork work) {
        this.store = store;
        this.register = register;
        this.work = work;
    }

    @Override
    public String name() {
        return JOB;
    }

    @Override
    public void run(Clock clock) {
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        List<Long> closed = store.closedBefore(utc(register.cutoff(CLOSED.id(), null, clock)));
        work.eachInOwnTransaction(CLOSED.id(), closed, store::erase);
        List<Long> stale = store.neverEscalatedRaisedBefore(utc(register.cutoff(NEVER_ESCALATED.id(), null, clock)));
        work.eachInOwnTransaction(NEVER_ESCALATED.id(), stale, id -> {
            store.close(id, now);
            store.erase(id);
        });
    }

    private static LocalDateTime utc(java.time.Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
