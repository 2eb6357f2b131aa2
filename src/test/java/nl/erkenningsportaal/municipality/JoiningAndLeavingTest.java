package nl.erkenningsportaal.municipality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import nl.erkenningsportaal.IntegrationTest;
import nl.erkenningsportaal.account.SignedInUser;
import nl.erkenningsportaal.account.TestAccounts;
import nl.erkenningsportaal.audit.AuditAction;
import nl.erkenningsportaal.audit.AuditService;
import nl.erkenningsportaal.platform.Refusal;
import nl.erkenningsportaal.platform.Roles;
import nl.erkenningsportaal.recognition.IntakeChecklist;
import nl.erkenningsportaal.recognition.NewRequest;
import nl.erkenningsportaal.recognition.OfficerRecognitionService;
import nl.erkenningsportaal.recognition.RecognitionFixtures;
import nl.erkenningsportaal.recognition.RenewalService;
import nl.erkenningsportaal.recognition.WorkerRecognitionService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Noordenveld (not taking part in the demo) joins the regional policy, recognises a worker, and leaves: the counts
 * shown before confirming are the real ones, both steps are audited and in the history, no new request is accepted
 * after leaving, the recognition stays valid until its end date without renewal, and its worker is told.
 */
@IntegrationTest
class JoiningAndLeavingTest {

    static final String NOORDENVELD = "GM1699";
    static final String RODEN = "9301 AA";

    @Autowired
    MunicipalityService municipalities;

    @Autowired
    TestAccounts accounts;

    @Autowired
    AuditService audit;

    @Autowired
    RecognitionFixtures fixtures;

    @Autowired
    WorkerRecognitionService workers;

    @Autowired
    OfficerRecognitionService officers;

    @Autowired
    RenewalService renewals;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void leaveAsFound() {
        accounts.signInAs(Roles.ADMIN, null);
        if (municipalities.find(NOORDENVELD).orElseThrow().participating()) {
            municipalities.leave(NOORDENVELD);
        }
        TestAccounts.signOut();
    }

    @Test
    void joining_then_leaving_shows_the_real_counts_and_leaves_recognitions_valid_without_renewal() {
        SignedInUser admin = accounts.signInAs(Roles.ADMIN, null);
        ParticipationImpact beforeJoining = municipalities.participationImpact(NOORDENVELD);
        assertThat(beforeJoining.postcodeAreas()).isPositive();
        municipalities.join(NOORDENVELD);
        assertThat(municipalities.find(NOORDENVELD).orElseThrow().participating()).isTrue();
        assertThatThrownBy(() -> municipalities.join(NOORDENVELD)).isInstanceOf(Refusal.class)
                .hasMessage("municipality.error.already-joined");

        // a worker in Roden is recognised, another only asks
        SignedInUser recognised = fixtures.signedInWorker();
        long granted = workers.submit(new NewRequest(RecognitionFixtures.identity("Roos Roden", RODEN), null));
        fixtures.signedInWorker();
        workers.submit(new NewRequest(RecognitionFixtures.identity("Open Roden", RODEN), null));
        accounts.signInAs(Roles.OFFICER, NOORDENVELD);
        officers.recordChecklist(granted, new IntakeChecklist(true, true, true, true, true));
        officers.recognise(granted);
        java.time.LocalDate validUntil = jdbc.queryForObject(
                "SELECT valid_until FROM recognition_request WHERE id = ?", java.time.LocalDate.class, granted);

        TestAccounts.signIn(admin);
        ParticipationImpact impact = municipalities.participationImpact(NOORDENVELD);
        assertThat(impact.activeRecognitions()).isEqualTo(count("RECOGNISED")).isEqualTo(
                beforeJoining.activeRecognitions() + 1);
        assertThat(impact.openRequests()).isEqualTo(beforeJoining.openRequests() + 1);
        assertThat(impact.lastValidUntil()).isEqualTo(validUntil);

        municipalities.leave(NOORDENVELD);

        assertThat(municipalities.find(NOORDENVELD).orElseThrow().participating()).isFalse();
        assertThat(audit.forSubject("MUNICIPALITY", NOORDENVELD)).extracting(e -> e.action())
                .startsWith(AuditAction.MUNICIPALITY_LEFT, AuditAction.MUNICIPALITY_JOINED);
        assertThat(municipalities.settingsHistory(NOORDENVELD)).first().satisfies(c -> {
            assertThat(c.setting()).isEqualTo(SettingChange.PARTICIPATING);
            assertThat(c.oldValue()).isEqualTo("true");
            assertThat(c.newValue()).isEqualTo("false");
            assertThat(c.changedBy()).isEqualTo(admin.id());
        });
        // the recognition stays valid until its end date
        assertThat(jdbc.queryForObject("SELECT status FROM recognition_request WHERE id = ?", String.class, granted))
                .isEqualTo("RECOGNISED");
        assertThat(jdbc.queryForObject("SELECT valid_until FROM recognition_request WHERE id = ?",
                java.time.LocalDate.class, granted)).isEqualTo(validUntil);
        // ... and its worker is told it will not be renewed
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                "SELECT COUNT(*) FROM inbox_message WHERE account_id = ? AND subject_key LIKE ?", Integer.class,
                recognised.id(), "%municipality-left%") == 1);
        // she cannot ask for a renewal
        TestAccounts.signIn(recognised);
        assertThatThrownBy(() -> renewals.askRenewal()).isInstanceOf(Refusal.class)
                .hasMessage("lifecycle.error.renewal-not-taking-part");
        // and no new request comes from its postcodes
        fixtures.signedInWorker();
        assertThatThrownBy(() -> workers.submit(new NewRequest(RecognitionFixtures.identity("Later Roden", RODEN),
                null))).isInstanceOf(Refusal.class).hasMessage("recognition.error.not-participating");
    }

    private long count(String status) {
        return jdbc.queryForObject(
                "SELECT COUNT(*) FROM recognition_request WHERE municipality_id = ? AND status = ?", Long.class,
                NOORDENVELD, status);
    }
}
