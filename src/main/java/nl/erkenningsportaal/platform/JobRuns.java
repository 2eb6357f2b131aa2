package nl.erkenningsportaal.platform;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Lets a scheduled job run once per period across all application nodes: every node tries to claim the period,
 * the database's primary key lets exactly one succeed.
 */
@Component
public class JobRuns {

    private final JdbcClient jdbc;
    private final Clock clock;

    JobRuns(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** True for exactly one caller per (job, period), e.g. ("expiry-reminders", "2026-11-28"). */
    public boolean claim(String job, String period) {
        return jdbc.sql("INSERT IGNORE INTO job_run (job, period, claimed_at) VALUES (:job, :period, :at)")
                .param("job", job).param("period", period)
                .param("at", LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC)).update() == 1;
    }

    /** Each job's last claimed period, that is its last successful run (UTC), for operations. */
    record LastRun(String job, LocalDateTime lastRun) {
        Instant at() {
            return lastRun.toInstant(ZoneOffset.UTC);
        }
    }

    List<LastRun> lastRuns() {
        return jdbc.sql("SELECT job, MAX(claimed_at) AS last_run FROM job_run GROUP BY job ORDER BY job")
                .query(LastRun.class).list();
    }
}
