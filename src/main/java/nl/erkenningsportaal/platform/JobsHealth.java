package nl.erkenningsportaal.platform;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The scheduled jobs as operations see them. A job claims its day in {@code job_run} in the same transaction as its
 * work ({@link JobRuns}), so a row means a run that succeeded; its time is the last success. Health
 * ({@code /actuator/health/jobs} on the management port) is DOWN when a job that ran lately has not run for
 * {@link JobSettings#lateAfter()}; the metric {@code portal_job_last_success_seconds{job}} lets Prometheus alert on
 * the same, per job.
 */
@Component("jobRunsHealthIndicator")
class JobsHealth implements HealthIndicator {

    private final JobRuns runs;
    private final JobSettings settings;
    private final Clock clock;
    private final MultiGauge lastSuccess;

    JobsHealth(JobRuns runs, JobSettings settings, Clock clock, MeterRegistry meters) {
        this.runs = runs;
        this.settings = settings;
        this.clock = clock;
        this.lastSuccess = MultiGauge.builder("portal.job.last.success").baseUnit("seconds")
                .description("When each scheduled job last ran successfully (seconds since the epoch)")
                .register(meters);
    }

    @Override
    public Health health() {
        try {
            return check();
        } catch (DataAccessException databaseUnreachable) {
            // DOWN, not an error answer: monitoring reads 503 with the database's own health beside it
            return Health.down().withDetail("database", "unreachable").build();
        }
    }

    private Health check() {
        Instant now = clock.instant();
        Map<String, Object> details = new LinkedHashMap<>();
        boolean late = false;
        for (JobRuns.LastRun run : runs.lastRuns()) {
            Duration since = Duration.between(run.at(), now);
            if (since.compareTo(settings.forgetAfter()) > 0) {
                continue;
            }
            boolean jobLate = since.compareTo(settings.lateAfter()) > 0;
            late |= jobLate;
            details.put(run.job(), Map.of("lastSuccess", run.at().toString(), "late", jobLate));
        }
        return (late ? Health.down() : Health.up()).withDetails(details).build();
    }

    /** Refreshes the gauge off the scrape, so a slow or unreachable database never stalls Prometheus. */
    @Scheduled(fixedDelayString = "${portal.metrics.refresh:30s}", initialDelayString = "${portal.metrics.refresh:30s}")
    void refreshMetrics() {
        try {
            lastSuccess.register(runs.lastRuns().stream().map(run -> MultiGauge.Row.of(Tags.of("job", run.job()),
                    run.at().getEpochSecond())).toList(), true);
        } catch (DataAccessException databaseUnreachable) {
            // the gauge keeps its last values; the database health says what is wrong
        }
    }
}
