package nl.erkenningsportaal.recognition;

import static java.time.temporal.ChronoUnit.YEARS;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import nl.erkenningsportaal.municipality.RegionRetention;
import nl.erkenningsportaal.privacy.ProcessingRegister;
import nl.erkenningsportaal.privacy.Purpose;
import nl.erkenningsportaal.privacy.RetentionJob;
import nl.erkenningsportaal.privacy.RetentionRule;
import nl.erkenningsportaal.privacy.RetentionWork;
import org.springframework.stereotype.Component;

/**
 * The reason catalogue holds no personal data but the staff id of whoever changed it (the screen's history). Like the
 * audit trail, for the same accountability, that id is kept for the region's audit term and then removed; the change
 * itself stays.
 */
@Component
class ReasonRetention implements RetentionJob {

    static final String JOB = "recognition-reasons";

    static final RetentionRule STAFF = new RetentionRule("recognition.reasons.staff", JOB, Purpose.ACCOUNTABILITY,
            nl.erkenningsportaal.privacy.Term.region(RegionRetention.AUDIT_YEARS, YEARS));

    private final ReasonStore store;
    private final ProcessingRegister register;
    private final RetentionWork work;

    ReasonRetention(ReasonStore store, ProcessingRegister register, RetentionWork work) {
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
        LocalDateTime before = LocalDateTime.ofInstant(register.cutoff(STAFF.id(), null, clock), ZoneOffset.UTC);
        work.inBatches(STAFF.id(), () -> store.forgetStaffBefore(before, RetentionWork.BATCH));
    }
}
