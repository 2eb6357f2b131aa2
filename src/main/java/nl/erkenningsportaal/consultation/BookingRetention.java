package nl.erkenningsportaal.consultation;

import java.time.Clock;
import java.time.LocalDate;
import nl.erkenningsportaal.municipality.Municipality;
import nl.erkenningsportaal.municipality.MunicipalityService;
import nl.erkenningsportaal.platform.JobRuns;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Daily, once across nodes: bookings older than the municipality's retention term are deleted, and waiting-list
 * places for slots in the past go. Attendance figures stay in the anonymous overview.
 */
@Component
class BookingRetention {

    private final JdbcTemplate jdbc;
    private final MunicipalityService municipalities;
    private final JobRuns jobs;
    private final Clock clock;

    BookingRetention(JdbcTemplate jdbc, MunicipalityService municipalities, JobRuns jobs, Clock clock) {
        this.jdbc = jdbc;
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
            deleted += jdbc.update("""
                    DELETE b FROM consultation_booking b
                    JOIN consultation_slot sl ON sl.id = b.slot_id
                    JOIN consultation_session s ON s.id = sl.session_id
                    WHERE b.municipality_id = ? AND s.session_date < ?""", m.id(),
                    today.minusMonths(m.settings().retentionBookingsMonths()));
        }
        jdbc.update("""
                DELETE w FROM consultation_waiting w
                JOIN consultation_slot sl ON sl.id = w.slot_id
                JOIN consultation_session s ON s.id = sl.session_id
                WHERE s.session_date < ?""", today);
        return deleted;
    }
}
