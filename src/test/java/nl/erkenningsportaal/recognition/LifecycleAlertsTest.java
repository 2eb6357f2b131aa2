package nl.erkenningsportaal.recognition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import nl.erkenningsportaal.IntegrationTest;
import nl.erkenningsportaal.account.SignedInUser;
import nl.erkenningsportaal.account.TestAccounts;
import nl.erkenningsportaal.platform.Roles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 20's alerts for issue 19's steps: a lodged objection reaches the officers of the request's municipality, a
 * reported move those of the municipality that acts on it; an officer of any other municipality never.
 */
@IntegrationTest
class LifecycleAlertsTest {

    @Autowired RecognisedWorkers recognised;
    @Autowired WorkerRecognitionService workers;
    @Autowired ObjectionService objections;
    @Autowired MoveService moves;
    @Autowired TestAccounts accounts;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    List<Long> alerts(SignedInUser staff, String kind) {
        return jdbc.queryForList("SELECT subject_id FROM staff_alert WHERE account_id = ? AND kind = ?", Long.class,
                staff.id(), kind);
    }

    @Test
    void a_lodged_objection_alerts_the_officers_of_its_municipality_and_nobody_elsewhere() {
        SignedInUser assen = accounts.create(Roles.OFFICER, "GM0106");
        SignedInUser deWolden = accounts.create(Roles.OFFICER, "GM1690");
        RecognisedWorkers.Recognised w = recognised.inAssen("Dora Bezwaar");
        long id = workers.myRequestIds().getFirst();
        accounts.signInAs(Roles.OFFICER, "GM0106");
        objections.revoke(id, RevokeReason.NO_LONGER_AT_ADDRESS, "Bij controle woonde er iemand anders.");
        TestAccounts.signIn(w.worker());
        objections.lodge("Ik was op vakantie.");

        await().atMost(Duration.ofSeconds(30)).until(() -> alerts(assen, "OBJECTION_LODGED").contains(id));
        assertThat(alerts(deWolden, "OBJECTION_LODGED")).doesNotContain(id);
    }

    @Test
    void a_move_to_de_wolden_alerts_de_woldens_officers_who_accept_it_and_not_aa_en_hunzes() {
        SignedInUser deWolden = accounts.create(Roles.OFFICER, "GM1690");
        SignedInUser aaEnHunze = accounts.create(Roles.OFFICER, "GM1680");
        recognised.inAssen("Eva Verhuizing");
        long id = workers.myRequestIds().getFirst();
        assertThat(moves.reportMove(new NewWorkAddress("Hoofdstraat", "3", null, "7921 AB", "Zuidwolde"), null))
                .isEqualTo(MoveKind.TRANSFER);

        await().atMost(Duration.ofSeconds(30)).until(() -> alerts(deWolden, "MOVE_REPORTED").contains(id));
        assertThat(alerts(aaEnHunze, "MOVE_REPORTED")).doesNotContain(id);
    }
}
