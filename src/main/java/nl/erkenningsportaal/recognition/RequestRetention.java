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
import org.springframework.jdbc.core.JdbcTemplate;
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

    private final JdbcTemplate jdbc;
    private final MunicipalityService municipalities;
    private final AuditService audit;
    private final JobRuns jobs;
    private final Clock clock;

    RequestRetention(JdbcTemplate jdbc, MunicipalityService municipalities, AuditService audit, JobRuns jobs,
            Clock clock) {
        this.jdbc = jdbc;
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
            for (Long id : jdbc.queryForList("SELECT id FROM recognition_request WHERE municipality_id = ? AND status "
                    + "IN ('DECLINED', 'WITHDRAWN') AND updated_at < ?", Long.class, m.id(), declinedBefore)) {
                audit.record(AuditActor.SYSTEM, AuditAction.DATA_ERASED, "REQUEST", id.toString(), "retention");
                jdbc.update("DELETE FROM recognition_request WHERE id = ?", id);
                erased++;
            }
            LocalDateTime endedBefore = utc(today.minusYears(m.settings().retentionEndedYears()));
            for (Long id : jdbc.queryForList("SELECT id FROM recognition_request WHERE municipality_id = ? AND status = "
                    + "'ENDED' AND updated_at < ? AND legal_name_enc <> ?", Long.class, m.id(), endedBefore,
                    ANONYMISED)) {
                audit.record(AuditActor.SYSTEM, AuditAction.DATA_ERASED, "REQUEST", id.toString(),
                        "retention: anonymised");
                jdbc.update("""
                        UPDATE recognition_request SET worker_account_id = NULL, legal_name_enc = ?, date_of_birth_enc = ?,
                          nationality_enc = ?, street_enc = ?, house_number_enc = ?, house_number_addition_enc = NULL,
                          postcode_enc = ?, town_enc = ?, phone_enc = NULL, work_name_enc = NULL, languages = '',
                          duplicate_index = SHA2(UUID(), 256), intake_place_text_enc = NULL, decline_text_enc = NULL
                        WHERE id = ?""", ANONYMISED, ANONYMISED, ANONYMISED, ANONYMISED, ANONYMISED, ANONYMISED,
                        ANONYMISED, id);
                jdbc.update("DELETE FROM recognition_note WHERE request_id = ?", id);
                anonymised++;
            }
        }
        jdbc.update("DELETE FROM activation_code WHERE (used_at IS NOT NULL AND used_at < ?) OR expires_at < ?",
                utc(today.minusDays(30)), utc(today.minusDays(30)));
        jdbc.update("DELETE FROM activation_attempt WHERE attempted_at < ?", utc(today.minusDays(1)));
        return new int[] {erased, anonymised};
    }

    private static LocalDateTime utc(LocalDate date) {
        return LocalDateTime.ofInstant(date.atStartOfDay(AMSTERDAM).toInstant(), ZoneOffset.UTC);
    }
}
