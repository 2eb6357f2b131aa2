package nl.erkenningsportaal.consultation;

import static java.time.temporal.ChronoUnit.DAYS;
import static java.time.temporal.ChronoUnit.MONTHS;
import static java.time.temporal.ChronoUnit.YEARS;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import nl.erkenningsportaal.municipality.RegionRetention;
import nl.erkenningsportaal.municipality.RetentionSettings;
import nl.erkenningsportaal.privacy.ProcessingRegister;
import nl.erkenningsportaal.privacy.Purpose;
import nl.erkenningsportaal.privacy.RetentionJob;
import nl.erkenningsportaal.privacy.RetentionRule;
import nl.erkenningsportaal.privacy.RetentionWork;
import nl.erkenningsportaal.privacy.Term;
import org.springframework.stereotype.Component;

/**
 * The consultation module's retention: a booking is erased the municipality's term after its consultation, and a
 * place on a waiting list the day after the consultation. Attendance figures stay in the anonymous overview.
 */
@Component
class BookingRetention implements RetentionJob {

    static final String JOB = "consultation";

    static final RetentionRule BOOKINGS = new RetentionRule("consultation.booking", JOB, Purpose.CONSULTATION,
            Term.municipality(RetentionSettings.BOOKINGS_MONTHS, MONTHS));
    static final RetentionRule WAITING = new RetentionRule("consultation.waiting", JOB, Purpose.CONSULTATION,
            Term.fixed(1, DAYS));

    /** Who changed a series: the staff account's id is forgotten after the region's audit term (issue 20). */
    static final RetentionRule SERIES_CHANGE_AUTHORS = new RetentionRule("consultation.series-change.author", JOB,
            Purpose.CONSULTATION, Term.region(RegionRetention.AUDIT_YEARS, YEARS));

    static final List<RetentionRule> RULES = List.of(BOOKINGS, WAITING, SERIES_CHANGE_AUTHORS);

    private final ConsultationStore store;
    private final ProcessingRegister register;
    private final RetentionWork work;

    BookingRetention(ConsultationStore store, ProcessingRegister register, RetentionWork work) {
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
        for (String m : register.scopes(BOOKINGS.id())) {
            LocalDate before = register.cutoffDate(BOOKINGS.id(), m, clock);
            work.inBatches(BOOKINGS.id(), () -> store.deleteBookingsBefore(m, before, RetentionWork.BATCH));
        }
        LocalDate lastDay = register.cutoffDate(WAITING.id(), null, clock);
        work.inBatches(WAITING.id(), () -> store.deleteWaitingUpTo(lastDay, RetentionWork.BATCH));
        LocalDateTime authorsBefore = LocalDateTime.ofInstant(register.cutoff(SERIES_CHANGE_AUTHORS.id(), null, clock),
                ZoneOffset.UTC);
        work.inBatches(SERIES_CHANGE_AUTHORS.id(),
                () -> store.forgetSeriesChangeAuthorsBefore(authorsBefore, RetentionWork.BATCH));
    }
}
