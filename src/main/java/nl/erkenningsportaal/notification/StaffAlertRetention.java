package nl.erkenningsportaal.notification;

import static java.time.temporal.ChronoUnit.DAYS;
import static java.time.temporal.ChronoUnit.MONTHS;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import nl.erkenningsportaal.privacy.ProcessingRegister;
import nl.erkenningsportaal.privacy.Purpose;
import nl.erkenningsportaal.privacy.RetentionJob;
import nl.erkenningsportaal.privacy.RetentionRule;
import nl.erkenningsportaal.privacy.RetentionWork;
import nl.erkenningsportaal.privacy.Term;
import org.springframework.stereotype.Component;

/**
 * The retention of the staff alerts ({@code staff_alert}): a notice that its staff member has read goes 90 days after
 * it was read (time to look back at what came in over a quarter); one nobody read goes 12 months after it arrived (the
 * matter itself stays on the worklist, the signal list or the GGD's day; the notice adds nothing after a year). A
 * notice names a request, signal or session by its id only. The choices per kind ({@code staff_alert_choice}) and
 * every notice go with the staff account ({@code account.staff.disabled}: the database cascades).
 */
@Component
class StaffAlertRetention implements RetentionJob {

    static final String JOB = "notification.staff-alert";

    static final RetentionRule READ = new RetentionRule("notification.staff-alert.read", JOB, Purpose.STAFF_WORK,
            Term.fixed(90, DAYS));
    static final RetentionRule UNREAD = new RetentionRule("notification.staff-alert.unread", JOB,
            Purpose.STAFF_WORK, Term.fixed(12, MONTHS));

    static final List<RetentionRule> RULES = List.of(READ, UNREAD);

    private final StaffAlertStore store;
    private final ProcessingRegister register;
    private final RetentionWork work;

    StaffAlertRetention(StaffAlertStore store, ProcessingRegister register, RetentionWork work) {
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
        LocalDateTime readBefore = utc(register.cutoff(READ.id(), null, clock));
        work.inBatches(READ.id(), () -> store.deleteReadBefore(readBefore, RetentionWork.BATCH));
        LocalDateTime arrivedBefore = utc(register.cutoff(UNREAD.id(), null, clock));
        work.inBatches(UNREAD.id(), () -> store.deleteUnreadBefore(arrivedBefore, RetentionWork.BATCH));
    }

    private static LocalDateTime utc(java.time.Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
