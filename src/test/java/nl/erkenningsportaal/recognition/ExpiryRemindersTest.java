package nl.erkenningsportaal.recognition;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import nl.erkenningsportaal.IntegrationTest;
import nl.erkenningsportaal.platform.JobRuns;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import javax.sql.DataSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
@RecordApplicationEvents
class ExpiryRemindersTest {

    @Autowired
    ExpiryReminders reminders;

    @Autowired
    RecognitionFixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    JobRuns jobs;

    @Autowired
    TransactionTemplate tx;

    @Test
    void thirty_days_before_expiry_the_worker_is_reminded_and_after_expiry_the_recognition_ends() {
        LocalDate today = LocalDate.of(2031, 6, 1);
        long soon = fixtures.submittedInAssen("Expires Soon");
        long past = fixtures.submittedInAssen("Expired Already");
        jdbc.update("UPDATE recognition_request SET status = 'RECOGNISED', valid_until = ? WHERE id = ?",
                today.plusDays(30), soon);
        jdbc.update("UPDATE recognition_request SET status = 'RECOGNISED', valid_until = ? WHERE id = ?",
                today.minusDays(1), past);

        tx.executeWithoutResult(s -> reminders.runFor(today));

        assertThat(events.stream(RecognitionExpiring.class)).extracting(RecognitionExpiring::requestId)
                .contains(soon).doesNotContain(past);
        assertThat(jdbc.queryForObject("SELECT status FROM recognition_request WHERE id = ?", String.class, past))
                .isEqualTo("ENDED");
        assertThat(jdbc.queryForObject("SELECT status FROM recognition_request WHERE id = ?", String.class, soon))
                .isEqualTo("RECOGNISED");
    }

    @Autowired
    ApplicationEvents events;

    @Test
    void a_worker_of_a_municipality_that_left_the_policy_is_not_reminded_to_renew_but_her_recognition_still_ends() {
        LocalDate today = LocalDate.of(2031, 9, 1);
        long soon = fixtures.submittedInAssen("Vertrokken Gemeente");
        long past = fixtures.submittedInAssen("Vertrokken En Verlopen");
        // Noordenveld does not take part (the demo's state, and that of a municipality that left)
        jdbc.update("UPDATE recognition_request SET status = 'RECOGNISED', municipality_id = 'GM1699', valid_until = ?"
                + " WHERE id = ?", today.plusDays(10), soon);
        jdbc.update("UPDATE recognition_request SET status = 'RECOGNISED', municipality_id = 'GM1699', valid_until = ?"
                + " WHERE id = ?", today.minusDays(1), past);

        tx.executeWithoutResult(s -> reminders.runFor(today));

        assertThat(events.stream(RecognitionExpiring.class)).extracting(RecognitionExpiring::requestId)
                .doesNotContain(soon);
        assertThat(jdbc.queryForObject("SELECT status FROM recognition_request WHERE id = ?", String.class, past))
                .isEqualTo("ENDED");
    }

    @Autowired
    DataSource dataSource;

    /**
     * Before the lead time became a municipal setting (V0530) the daily job reminded exactly the recognitions ending
     * 30 days later and kept only its own daily claim; since then each reminder is claimed per recognition and end
     * date. The upgrade (V0550) turns the old daily claims into those per-recognition claims, so the first run of the
     * new rule does not remind a second time a recognition the old rule reminded already.
     */
    @Test
    void a_recognition_reminded_under_the_old_thirty_day_rule_is_not_reminded_again_after_the_upgrade() {
        LocalDate today = LocalDate.of(2019, 5, 6);
        long remindedBefore = fixtures.submittedInAssen("Al Herinnerd");
        long neverReminded = fixtures.submittedInAssen("Nooit Herinnerd");
        long dueToday = fixtures.submittedInAssen("Vandaag Aan De Beurt");
        jdbc.update("UPDATE recognition_request SET status = 'RECOGNISED', valid_until = ? WHERE id = ?",
                today.plusDays(10), remindedBefore);
        jdbc.update("UPDATE recognition_request SET status = 'RECOGNISED', valid_until = ? WHERE id = ?",
                today.plusDays(12), neverReminded);
        jdbc.update("UPDATE recognition_request SET status = 'RECOGNISED', valid_until = ? WHERE id = ?",
                today.plusDays(30), dueToday);
        // the old daily job ran 20 days ago (reminding what ended 30 days later) but not 18 days ago
        jdbc.update("INSERT IGNORE INTO job_run (job, period, claimed_at) VALUES ('recognition-expiry', ?, ?)",
                today.minusDays(20).toString(), today.minusDays(20).atTime(1, 15));
        jdbc.update("DELETE FROM job_run WHERE job = 'recognition-expiry' AND period = ?",
                today.minusDays(18).toString());

        new ResourceDatabasePopulator(new ClassPathResource(
                "db/migration/V0550__expiry_reminders_sent_under_the_old_rule.sql")).execute(dataSource);
        tx.executeWithoutResult(s -> reminders.runFor(today));

        assertThat(events.stream(RecognitionExpiring.class)).extracting(RecognitionExpiring::requestId)
                .as("Assen reminds 30 days ahead: once each, and not again what the old rule reminded")
                .contains(neverReminded, dueToday).doesNotContain(remindedBefore);
    }

    @Test
    void a_daily_job_is_claimed_by_one_node_only() {
        assertThat(jobs.claim("test-job", "2031-06-01")).isTrue();
        assertThat(jobs.claim("test-job", "2031-06-01")).isFalse();
        assertThat(jobs.claim("test-job", "2031-06-02")).isTrue();
    }
}
