package nl.erkenningsportaal.overview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import nl.erkenningsportaal.IntegrationTest;
import nl.erkenningsportaal.account.Roles;
import nl.erkenningsportaal.account.TestAccounts;
import nl.erkenningsportaal.outreach.NewVisit;
import nl.erkenningsportaal.outreach.Outcome;
import nl.erkenningsportaal.outreach.OutreachService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authorization.AuthorizationDeniedException;

@IntegrationTest
class OverviewTest {

    @Autowired
    OverviewService overview;

    @Autowired
    OutreachService outreach;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    int count(String municipality, Metric metric) {
        return jdbc.queryForList("SELECT value FROM overview_count WHERE municipality_id = ? AND quarter = ? "
                + "AND metric = ?", Integer.class, municipality, OverviewCounter.quarter(LocalDate.now()),
                metric.name()).stream().findFirst().orElse(0);
    }

    @Test
    void figures_are_kept_as_aggregates_that_survive_erasure_and_small_counts_are_suppressed_in_view_and_csv() {
        int before = count("GM1681", Metric.VISITS_NOT_AT_HOME);
        accounts.signInAs(Roles.OFFICER, "GM1681");
        for (int i = 0; i < 6; i++) {
            outreach.recordVisit(new NewVisit("Dorpsweg " + i, LocalDateTime.now().minusHours(2), null, null,
                    Outcome.NOT_AT_HOME, null, null));
        }
        outreach.recordVisit(new NewVisit("Dorpsweg 99", LocalDateTime.now().minusHours(2), null, null,
                Outcome.INFORMED, null, null));
        await().atMost(Duration.ofSeconds(20)).until(() -> count("GM1681", Metric.VISITS_NOT_AT_HOME) == before + 6);

        // the retention clean-up erases the underlying records; the quarter's figures stay
        jdbc.update("DELETE FROM outreach_visit WHERE municipality_id = 'GM1681'");
        assertThat(count("GM1681", Metric.VISITS_NOT_AT_HOME)).isEqualTo(before + 6);

        accounts.signInAs(Roles.POLICY, null);
        String quarter = OverviewCounter.quarter(LocalDate.now());
        OverviewRow borgerOdoorn = overview.figures(quarter).stream()
                .filter(r -> r.municipality().equals("Borger-Odoorn")).findFirst().orElseThrow();
        assertThat(borgerOdoorn.figures().get(Metric.VISITS_NOT_AT_HOME)).isEqualTo(Integer.toString(before + 6));
        if (count("GM1681", Metric.VISITS_INFORMED) < 5) {
            assertThat(borgerOdoorn.figures().get(Metric.VISITS_INFORMED)).isEqualTo("<5");
            assertThat(overview.csv(quarter)).contains("Borger-Odoorn").contains(";<5;")
                    .doesNotContain(";" + count("GM1681", Metric.VISITS_INFORMED) + ";"
                            + count("GM1681", Metric.VISITS_RECOGNISED_AT_DOOR) + ";");
        }
    }

    @Test
    void only_policy_makers_and_admins_see_the_overview() {
        accounts.signInAs(Roles.OFFICER, "GM0106");
        assertThatThrownBy(() -> overview.quarters()).isInstanceOf(AuthorizationDeniedException.class);
        accounts.signInAs(Roles.COORDINATOR, null);
        assertThatThrownBy(() -> overview.csv("2026-Q4")).isInstanceOf(AuthorizationDeniedException.class);
        accounts.signInAs(Roles.ADMIN, null);
        assertThat(overview.figures("2026-Q4")).hasSizeGreaterThanOrEqualTo(12);
    }

    @Test
    void every_count_under_five_is_shown_as_under_five() {
        assertThat(OverviewService.suppress(0)).isEqualTo("<5");
        assertThat(OverviewService.suppress(4)).isEqualTo("<5");
        assertThat(OverviewService.suppress(5)).isEqualTo("5");
    }
}
