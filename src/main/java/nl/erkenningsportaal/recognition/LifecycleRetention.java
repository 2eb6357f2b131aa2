package nl.erkenningsportaal.recognition;

import java.time.Clock;
import java.time.LocalDate;
import nl.erkenningsportaal.platform.JobRuns;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The retention of what comes after the first request, daily and once across nodes, after the request retention
 * (which erases declined requests and anonymises ended recognitions; objections, corrections, transfers and renewals go
 * with an erased request by the database's cascade). Here: the values of a decided correction once they were kept
 * for {@value CorrectionService#VALUES_KEPT_MONTHS} months, and every free text (grounds, hearing, outcome and
 * revocation reasons, refusals, places) of a request whose identity was anonymised.
 */
@Component
class LifecycleRetention {

    private final CorrectionStore corrections;
    private final ObjectionStore objections;
    private final TransferStore transfers;
    private final RenewalStore renewals;
    private final JobRuns jobs;
    private final Clock clock;

    LifecycleRetention(CorrectionStore corrections, ObjectionStore objections, TransferStore transfers,
            RenewalStore renewals, JobRuns jobs, Clock clock) {
        this.corrections = corrections;
        this.objections = objections;
        this.transfers = transfers;
        this.renewals = renewals;
        this.jobs = jobs;
        this.clock = clock;
    }

    @Scheduled(cron = "${portal.retention.lifecycle-cron:0 45 2 * * *}", zone = "Europe/Amsterdam")
    @Transactional
    public void run() {
        LocalDate today = LocalDate.now(clock);
        if (jobs.claim("recognition-lifecycle-retention", today.toString())) {
            runFor(today);
        }
    }

    /** Returns how many rows lost values or texts. */
    int runFor(LocalDate today) {
        return corrections.eraseValuesKeptUntilBefore(today)
                + corrections.eraseValuesOfAnonymised(RequestRetention.ANONYMISED)
                + objections.eraseTextsOfAnonymised(RequestRetention.ANONYMISED)
                + transfers.eraseTextsOfAnonymised(RequestRetention.ANONYMISED)
                + renewals.eraseTextsOfAnonymised(RequestRetention.ANONYMISED);
    }
}
