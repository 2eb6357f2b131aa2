package nl.erkenningsportaal.recognition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import nl.erkenningsportaal.IntegrationTest;
import nl.erkenningsportaal.platform.Roles;
import nl.erkenningsportaal.account.SignedInUser;
import nl.erkenningsportaal.account.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * On the morning of an intake the officers of the municipality are alerted, or only the officer it is assigned to;
 * an officer of another municipality never.
 */
@IntegrationTest
class IntakeDueAlertTest {

    @Autowired
    OfficerRecognitionService officers;

    @Autowired
    RecognitionFixtures fixtures;

    @Autowired
    IntakesDue intakesDue;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate tx;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    List<Long> intakeAlerts(SignedInUser officer) {
        return jdbc.queryForList("SELECT subject_id FROM staff_alert WHERE account_id = ? AND kind = 'INTAKE_DUE'",
                Long.class, officer.id());
    }

    @Test
    void on_the_day_of_the_intake_its_officers_are_alerted_and_once_assigned_only_the_assignee() {
        SignedInUser anna = accounts.create(Roles.OFFICER, "GM0106");
        SignedInUser ben = accounts.create(Roles.OFFICER, "GM0106");
        SignedInUser deWolden = accounts.create(Roles.OFFICER, "GM1690");
        long open = fixtures.submittedInAssen("Open Aanvraag");
        long assigned = fixtures.submittedInAssen("Toegewezen Aanvraag");
        LocalDate day = LocalDate.now().plusDays(300 + (int) (open % 60));

        TestAccounts.signIn(anna);
        officers.planIntake(open, day.atTime(10, 0), IntakePlace.AT_WORK_ADDRESS, null);
        officers.planIntake(assigned, day.atTime(11, 0), IntakePlace.AT_WORK_ADDRESS, null);
        officers.assign(assigned, ben.id());
        TestAccounts.signOut();

        Integer announced = tx.execute(s -> intakesDue.runFor(day));
        assertThat(announced).isGreaterThanOrEqualTo(2);
        await().atMost(Duration.ofSeconds(30)).until(() -> intakeAlerts(anna).contains(open)
                && intakeAlerts(ben).contains(assigned));
        assertThat(intakeAlerts(anna)).contains(open).doesNotContain(assigned);
        assertThat(intakeAlerts(ben)).contains(open, assigned);
        assertThat(intakeAlerts(deWolden)).isEmpty();
        Integer dayAfter = tx.execute(s -> intakesDue.runFor(day.plusDays(1)));
        assertThat(dayAfter).as("nothing planned the day after").isZero();
    }
}
