package nl.erkenningsportaal.consultation;

import java.time.Clock;
import java.time.LocalDate;
import nl.erkenningsportaal.municipality.Municipality;
import nl.erkenningsportaal.municipality.MunicipalityService;
import nl.erkenningsportaal.platform.JobRuns;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Daily, once across nodes: bookings older than the municipality's retention term are deleted, and waiting-list
 * places for slots in the past go. Attendance figures stay in the anonymous overview.
 */
@Component
class BookingRetention {

    private final ConsultationStore store;
    private final MunicipalityService municipalities;
    private final JobRuns jobs;
    private final Clock clock;

    BookingRetention(ConsultationStore store, MunicipalityService municipalities, JobRuns jobs, Clock clock) {
        this.store = store;
        this.municipalities = municipalities;
        this.jobs = jobs;
        this.clock = clock;
    }

    @Scheduled(cron = "${portal.retention.cron:0 30 2 * * *}", zone = "Europe/Amsterdam")
    @Transactional
    public void run() {
        LocalDate today = LocalDate.now(clock);
        if (jobs.claim("booking-retention", today.toString())) {
            runFor(today);
        }
    }

    int runFor(LocalDate today) {
        int deleted = 0;
        for (Municipality m : municipalities.all()) {
            deleted += store.deleteBookingsBefore(m.id(), today.minusMonths(m.settings().retentionBookingsMonths()));
        }
        store.deleteWaitingBefore(today);
        return deleted;
    }
}
