package nl.erkenningsportaal.recognition;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import nl.erkenningsportaal.audit.AuditAction;
import nl.erkenningsportaal.audit.AuditActor;
import nl.erkenningsportaal.audit.AuditService;
import nl.erkenningsportaal.municipality.Municipality;
import nl.erkenningsportaal.municipality.MunicipalityService;
import nl.erkenningsportaal.platform.JobRuns;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The retention clean-up, daily and once across nodes, with each municipality's own terms: declined and withdrawn
 * requests are erased after N months; ended recognitions are anonymised after N years (the identity, notes and
 * messages go, the row keeps only status, dates and the now meaningless number); used or expired activation codes
 * and old failed attempts go. The anonymous overview keeps its aggregate figures.
 */
@Component
class RequestRetention {

    static final String ANONYMISED = "ANONYMISED";
    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    private final RecognitionStore store;
    private final RequestLog log;
    private final ActivationCodes activationCodes;
    private final MunicipalityService municipalities;
    private final AuditService audit;
    private final JobRuns jobs;
    private final Clock clock;

    RequestRetention(RecognitionStore store, RequestLog log, ActivationCodes activationCodes,
            MunicipalityService municipalities, AuditService audit, JobRuns jobs, Clock clock) {
        this.store = store;
        this.log = log;
        this.activationCodes = activationCodes;
        this.municipalities = municipalities;
        this.audit = audit;
        this.jobs = jobs;
        this.clock = clock;
    }

    @Scheduled(cron = "${portal.retention.cron:0 30 2 * * *}", zone = "Europe/Amsterdam")
    @Transactional
    public void run() {
        LocalDate today = LocalDate.now(clock);
        if (jobs.claim("recognition-retention", today.toString())) {
            runFor(today);
        }
    }

    /** Returns {erased, anonymised}. */
    int[] runFor(LocalDate today) {
        int erased = 0;
        int anonymised = 0;
        for (Municipality m : municipalities.all()) {
            LocalDateTime declinedBefore = utc(today.minusMonths(m.settings().retentionDeclinedMonths()));
            for (Long id : store.declinedOrWithdrawnBefore(m.id(), declinedBefore)) {
                audit.record(AuditActor.SYSTEM, AuditAction.DATA_ERASED, "REQUEST", id.toString(), "retention");
                store.deleteRequest(id);
                erased++;
            }
            LocalDateTime endedBefore = utc(today.minusYears(m.settings().retentionEndedYears()));
            for (Long id : store.endedWithIdentityBefore(m.id(), endedBefore, ANONYMISED)) {
                audit.record(AuditActor.SYSTEM, AuditAction.DATA_ERASED, "REQUEST", id.toString(),
                        "retention: anonymised");
                store.anonymise(id, ANONYMISED);
                log.deleteNotes(id);
                anonymised++;
            }
        }
        activationCodes.forget(utc(today.minusDays(30)), utc(today.minusDays(1)));
        return new int[] {erased, anonymised};
    }

    private static LocalDateTime utc(LocalDate date) {
        return LocalDateTime.ofInstant(date.atStartOfDay(AMSTERDAM).toInstant(), ZoneOffset.UTC);
    }
}
