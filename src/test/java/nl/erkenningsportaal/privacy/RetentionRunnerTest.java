package nl.erkenningsportaal.privacy;

import static java.time.temporal.ChronoUnit.YEARS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.erkenningsportaal.IntegrationTest;
import nl.erkenningsportaal.platform.Roles;
import nl.erkenningsportaal.account.TestAccounts;
import nl.erkenningsportaal.outreach.NewVisit;
import nl.erkenningsportaal.outreach.Outcome;
import nl.erkenningsportaal.outreach.OutreachService;
import nl.erkenningsportaal.recognition.EndReason;
import nl.erkenningsportaal.recognition.IntakeChecklist;
import nl.erkenningsportaal.recognition.OfficerRecognitionService;
import nl.erkenningsportaal.recognition.RecognitionFixtures;
import nl.erkenningsportaal.signal.Indicator;
import nl.erkenningsportaal.signal.NewSignal;
import nl.erkenningsportaal.signal.SignalService;
import nl.erkenningsportaal.signal.Urgency;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The daily run: each job once per day across nodes; a run that fails on one item leaves that item whole, erases the
 * others, and erases it the next day; and the anonymous overview survives every rule.
 */
@IntegrationTest
class RetentionRunnerTest {

    static final String ANONYMISED = "ANONYMISED";

    @Autowired
    RetentionRunner runner;

    @Autowired
    ProcessingRegister register;

    @Autowired
    RecognitionFixtures fixtures;

    @Autowired
    OfficerRecognitionService officers;

    @Autowired
    OutreachService outreach;

    @Autowired
    SignalService signals;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    private long endedRecognitionWithANote(String name) {
        long id = fixtures.submittedInAssen(name);
        accounts.signInAs(Roles.OFFICER, "GM0106");
        officers.recordChecklist(id, new IntakeChecklist(true, true, true, true, true));
        officers.recognise(id);
        officers.addNote(id, "Notitie over " + name);
        officers.end(id, EndReason.STOPPED);
        TestAccounts.signOut();
        return id;
    }

    @Test
    void a_run_that_fails_on_one_item_leaves_it_whole_erases_the_others_and_erases_it_the_next_day() {
        long failing = endedRecognitionWithANote("Eerste Persoon");
        long other = endedRecognitionWithANote("Tweede Persoon");
        String nameBefore = legalName(failing);
        int years = register.amount("recognition.request.ended", "GM0106");
        Clock day = Clocks.after(years, YEARS, 10);
        // the database refuses to delete the failing request's notes: the step after its identity was blanked
        jdbc.execute("CREATE TRIGGER test_retention_fails BEFORE DELETE ON recognition_note FOR EACH ROW BEGIN "
                + "IF OLD.request_id = " + failing + " THEN SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = "
                + "'test: this item fails'; END IF; END");
        try {
            assertThat(runner.runAll(day)).isPositive();

            assertThat(legalName(other)).isEqualTo(ANONYMISED);
            assertThat(count("recognition_note WHERE request_id = ?", other)).isZero();
            // nothing of the failing item changed: identity, notes and account link all still there
            assertThat(legalName(failing)).isEqualTo(nameBefore).isNotEqualTo(ANONYMISED);
            assertThat(count("recognition_note WHERE request_id = ?", failing)).isOne();
            assertThat(count("recognition_request WHERE id = ? AND worker_account_id IS NOT NULL", failing)).isOne();
            assertThat(count("audit_entry WHERE action = 'DATA_ERASED' AND subject_type = 'REQUEST' AND subject = ?",
                    Long.toString(failing))).isZero();
            assertThat(count("audit_entry WHERE action = 'RETENTION_APPLIED' AND subject = ?",
                    "recognition.request.ended")).isPositive();

            // another node the same day claims nothing: each job runs once a day
            assertThat(runner.runAll(day)).isZero();
        } finally {
            jdbc.execute("DROP TRIGGER IF EXISTS test_retention_fails");
        }

        runner.runAll(Clock.offset(day, Duration.ofDays(1)));
        assertThat(legalName(failing)).isEqualTo(ANONYMISED);
        assertThat(count("recognition_note WHERE request_id = ?", failing)).isZero();
    }

    @Test
    void the_anonymous_overview_survives_every_retention_rule() {
        accounts.signInAs(Roles.OFFICER, "GM1680");
        int informedBefore = overview("GM1680", "VISITS_INFORMED");
        int signalsBefore = overview("GM1680", "SIGNALS_RAISED");
        long visit = outreach.recordVisit(new NewVisit("Esweg 1, Gieten", LocalDateTime.now().minusHours(1), null,
                null, Outcome.INFORMED, null, null));
        long signal = signals.raise(new NewSignal(null, null, Set.of(Indicator.FEAR), null, Urgency.LOW));
        await().atMost(Duration.ofSeconds(20)).until(() -> overview("GM1680", "VISITS_INFORMED") == informedBefore + 1
                && overview("GM1680", "SIGNALS_RAISED") == signalsBefore + 1);
        Map<String, Integer> figures = figures("GM1680");

        // far beyond every term: everything personal goes
        runner.runAll(Clocks.after(25, YEARS, 20));

        assertThat(count("outreach_visit WHERE id = ?", visit)).isZero();
        assertThat(count("signal_case WHERE id = ?", signal)).isZero();
        assertThat(figures("GM1680")).isEqualTo(figures);
    }

    private Map<String, Integer> figures(String municipality) {
        return jdbc.queryForList("SELECT quarter, metric, value FROM overview_count WHERE municipality_id = ?",
                municipality).stream().collect(Collectors.toMap(r -> r.get("quarter") + "/" + r.get("metric"),
                r -> ((Number) r.get("value")).intValue()));
    }

    private int overview(String municipality, String metric) {
        return jdbc.queryForList("SELECT value FROM overview_count WHERE municipality_id = ? AND metric = ? "
                + "ORDER BY quarter DESC LIMIT 1", Integer.class, municipality, metric).stream().findFirst().orElse(0);
    }

    private String legalName(long request) {
        return jdbc.queryForObject("SELECT legal_name_enc FROM recognition_request WHERE id = ?", String.class,
                request);
    }

    private int count(String fromWhere, Object... args) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + fromWhere, Integer.class, args);
    }
}
