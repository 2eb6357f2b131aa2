package nl.erkenningsportaal.platform;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the scheduled jobs are watched (docs/operations.md).
 *
 * @param lateAfter a job that ran in the last {@code forgetAfter} and has not run for this long is late: the jobs
 *                  health is DOWN (every job runs daily; a failed run claims nothing, see {@link JobRuns})
 * @param forgetAfter a job that has not run for this long is taken as removed from the portal, not as late
 */
@ConfigurationProperties("portal.jobs")
public record JobSettings(
        @DefaultValue("30h") Duration lateAfter,
        @DefaultValue("7d") Duration forgetAfter) {}
