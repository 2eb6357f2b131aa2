package nl.erkenningsportaal.overview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import nl.erkenningsportaal.IntegrationTest;
import nl.erkenningsportaal.account.SignedInUser;
import nl.erkenningsportaal.account.TestAccounts;
import nl.erkenningsportaal.outreach.NewVisit;
import nl.erkenningsportaal.outreach.Outcome;
import nl.erkenningsportaal.outreach.OutreachService;
import nl.erkenningsportaal.platform.Roles;
import nl.erkenningsportaal.recognition.EndReason;
import nl.erkenningsportaal.recognition.IntakeChecklist;
import nl.erkenningsportaal.recognition.IntakePlace;
import nl.erkenningsportaal.recognition.NewRequest;
import nl.erkenningsportaal.recognition.OfficerRecognitionService;
import nl.erkenningsportaal.recognition.RecognitionFixtures;
import nl.erkenningsportaal.recognition.WorkerRecognitionService;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
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

    @Autowired
    RecognitionFixtures fixtures;

    @Autowired
    WorkerRecognitionService workers;

    @Autowired
    OfficerRecognitionService officers;

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
        // Borger-Odoorn: no other test records visits there, so its figures are this test's own
        int before = count("GM1681", Metric.VISITS_NOT_AT_HOME);
        int informedBefore = count("GM1681", Metric.VISITS_INFORMED);
        accounts.signInAs(Roles.OFFICER, "GM1681");
        for (int i = 0; i < 6; i++) {
            outreach.recordVisit(new NewVisit("Dorpsweg " + i, LocalDateTime.now().minusHours(2), null, null,
                    Outcome.NOT_AT_HOME, null, null));
        }
        outreach.recordVisit(new NewVisit("Dorpsweg 99", LocalDateTime.now().minusHours(2), null, null,
                Outcome.INFORMED, null, null));
        await().atMost(Duration.ofSeconds(20)).until(() -> count("GM1681", Metric.VISITS_NOT_AT_HOME) == before + 6
                && count("GM1681", Metric.VISITS_INFORMED) == informedBefore + 1);

        // the retention clean-up erases the underlying records; the quarter's figures stay
        jdbc.update("DELETE FROM outreach_visit WHERE municipality_id = 'GM1681'");
        assertThat(count("GM1681", Metric.VISITS_NOT_AT_HOME)).isEqualTo(before + 6);

        accounts.signInAs(Roles.POLICY, null);
        String quarter = OverviewCounter.quarter(LocalDate.now());
        OverviewRow borgerOdoorn = overview.figures(quarter).stream()
                .filter(r -> r.municipality().equals("Borger-Odoorn")).findFirst().orElseThrow();
        assertThat(borgerOdoorn.figures().get(Metric.VISITS_NOT_AT_HOME)).isEqualTo(Integer.toString(before + 6));
        int informed = informedBefore + 1;
        assertThat(informed).as("informed visits in Borger-Odoorn this quarter").isLessThan(5);
        assertThat(borgerOdoorn.figures().get(Metric.VISITS_INFORMED)).isEqualTo("<5");
        assertThat(overview.csv(quarter)).contains("Borger-Odoorn").contains(";<5;")
                .doesNotContain(";" + informed + ";" + count("GM1681", Metric.VISITS_RECOGNISED_AT_DOOR) + ";");
    }

    long recognisedInAssen(SignedInUser worker, String name) {
        TestAccounts.signIn(worker);
        long id = workers.submit(new NewRequest(RecognitionFixtures.identity(name, "9401 AB"), null));
        accounts.signInAs(Roles.OFFICER, "GM0106");
        officers.planIntake(id, LocalDateTime.now().plusDays(3).withNano(0), IntakePlace.AT_WORK_ADDRESS, null);
        officers.recordChecklist(id, new IntakeChecklist(true, true, true, true, true));
        officers.recognise(id);
        return id;
    }

    @Test
    void active_recognitions_rise_with_a_recognition_not_with_a_renewal_and_fall_when_one_ends_or_is_erased() {
        int active = count("GM0106", Metric.ACTIVE_RECOGNITIONS);
        int recognised = count("GM0106", Metric.RECOGNISED);
        int renewed = count("GM0106", Metric.RENEWED);
        SignedInUser first = fixtures.signedInWorker();
        long firstId = recognisedInAssen(first, "Actief Een");
        SignedInUser second = fixtures.signedInWorker();
        recognisedInAssen(second, "Actief Twee");
        await().atMost(Duration.ofSeconds(20)).until(() -> count("GM0106", Metric.ACTIVE_RECOGNITIONS) == active + 2);

        officers.renew(firstId);
        await().atMost(Duration.ofSeconds(20)).until(() -> count("GM0106", Metric.RENEWED) == renewed + 1);
        assertThat(count("GM0106", Metric.ACTIVE_RECOGNITIONS)).isEqualTo(active + 2);
        assertThat(count("GM0106", Metric.RECOGNISED)).isEqualTo(recognised + 2);

        officers.end(firstId, EndReason.MOVED);
        await().atMost(Duration.ofSeconds(20)).until(() -> count("GM0106", Metric.ACTIVE_RECOGNITIONS) == active + 1);

        // the second worker erases everything: the recognition is gone, the quarter's flows stay
        TestAccounts.signIn(second);
        workers.withdrawConsentAndErase();
        await().atMost(Duration.ofSeconds(20)).until(() -> count("GM0106", Metric.ACTIVE_RECOGNITIONS) == active);
        assertThat(count("GM0106", Metric.RECOGNISED)).isEqualTo(recognised + 2);

        // a later quarter without any change shows the last known number
        accounts.signInAs(Roles.POLICY, null);
        String next = OverviewCounter.quarter(LocalDate.now().plusMonths(3));
        String expected = OverviewService.suppress(active);
        assertThat(overview.figures(next)).filteredOn(r -> r.municipality().equals("Assen")).singleElement()
                .satisfies(r -> assertThat(r.figures().get(Metric.ACTIVE_RECOGNITIONS)).isEqualTo(expected));
    }

    @Test
    void no_cell_of_the_csv_starts_a_spreadsheet_formula() throws Exception {
        // figures of a quarter long gone, under names a spreadsheet would run (an unknown id stands in for a name)
        String quarter = "1999-Q1";
        List<String> formulas = List.of("=1+2", "+1+2", "-1+2", "@A1", "\t=1+2", "\r=1+2");
        try {
            formulas.forEach(f -> jdbc.update("INSERT INTO overview_count (municipality_id, quarter, metric, value) "
                    + "VALUES (?, ?, ?, 7)", f, quarter, Metric.SIGNALS_RAISED.name()));
            accounts.signInAs(Roles.POLICY, null);
            try (CSVParser parser = CSVParser.parse(overview.csv(quarter), CSVFormat.DEFAULT.builder()
                    .setDelimiter(';').setHeader().setSkipHeaderRecord(true).get())) {
                assertThat(parser.getRecords()).extracting(r -> r.get("municipality"))
                        .contains("Assen", "Borger-Odoorn")
                        .containsAll(formulas.stream().map(f -> "'" + f).toList())
                        .noneMatch(name -> formulas.contains(name));
            }
        } finally {
            jdbc.update("DELETE FROM overview_count WHERE quarter = ?", quarter);
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
