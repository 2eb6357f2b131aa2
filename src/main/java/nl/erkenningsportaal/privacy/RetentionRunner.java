package nl.erkenningsportaal.privacy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import nl.erkenningsportaal.platform.JobRuns;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs every {@link RetentionJob} daily, each once across all nodes (the first node to claim the job for the day
 * runs it). A job that fails is logged and runs again the next day; the other jobs run regardless.
 */
@Component
class RetentionRunner {

    private static final Logger log = LoggerFactory.getLogger(RetentionRunner.class);

    private final List<RetentionJob> jobs;
    private final JobRuns runs;
    private final Clock clock;

    RetentionRunner(List<RetentionJob> jobs, JobRuns runs, Clock clock) {
        this.jobs = jobs;
        this.runs = runs;
        this.clock = clock;
    }

    @Scheduled(cron = "${portal.retention.cron:0 30 2 * * *}", zone = "Europe/Amsterdam")
    void daily() {
        runAll(clock);
    }

    /** Runs each job that this node claims for {@code clock}'s day; returns how many it ran. */
    int runAll(Clock at) {
        String day = LocalDate.now(at).toString();
        int ran = 0;
        for (RetentionJob job : jobs) {
            if (!runs.claim("retention:" + job.name(), day)) {
                continue;
            }
            ran++;
            try {
                job.run(at);
            } catch (RuntimeException e) {
                log.error("Retention job {} failed ({}); it runs again tomorrow", job.name(),
                        e.getClass().getSimpleName());
            }
        }
        return ran;
    }
}
