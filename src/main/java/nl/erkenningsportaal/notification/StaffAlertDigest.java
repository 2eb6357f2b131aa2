package nl.erkenningsportaal.notification;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import nl.erkenningsportaal.platform.JobRuns;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every morning, once across nodes ({@link JobRuns}): one discreet mail per staff member who chose the daily digest
 * for something that came in since the last one, counting the new notices and linking to them (the mail goes through
 * the outbox like every other, with its retries). Old notices go by {@link StaffAlertRetention}.
 */
@Component
class StaffAlertDigest {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    private final StaffAlertStore store;
    private final Notifications notifications;
    private final JobRuns jobs;
    private final Clock clock;

    StaffAlertDigest(StaffAlertStore store, Notifications notifications, JobRuns jobs, Clock clock) {
        this.store = store;
        this.notifications = notifications;
        this.jobs = jobs;
        this.clock = clock;
    }

    @Scheduled(cron = "${portal.alerts.digest-cron:0 0 7 * * *}", zone = "Europe/Amsterdam")
    @Transactional
    public void run() {
        if (jobs.claim("staff-alert-digest", LocalDate.now(clock.withZone(AMSTERDAM)).toString())) {
            send();
        }
    }

    /** Queues the digests that are due; returns how many digests were queued. */
    int send() {
        int queued = 0;
        for (StaffAlertStore.Digest digest : store.lockDigests()) {
            if (notifications.mail(digest.accountId(), MailTemplate.STAFF_DIGEST,
                    List.of(notifications.link(StaffAlerts.ALERTS_PATH), Integer.toString(digest.alerts())),
                    digest.municipalityId(), null)) {
                queued++;
            }
            store.digestSent(digest.accountId());
        }
        return queued;
    }
}
