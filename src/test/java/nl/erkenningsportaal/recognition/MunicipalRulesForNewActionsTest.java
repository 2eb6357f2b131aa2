package nl.erkenningsportaal.recognition;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import nl.erkenningsportaal.IntegrationTest;
import nl.erkenningsportaal.account.TestAccounts;
import nl.erkenningsportaal.municipality.MunicipalityService;
import nl.erkenningsportaal.municipality.MunicipalitySettings;
import nl.erkenningsportaal.platform.Roles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A municipality's validity and reminder lead time, changed on its screen, apply to what is done after the change:
 * a recognition already granted keeps its end date, and a reminder already sent is not sent again.
 */
@IntegrationTest
@RecordApplicationEvents
class MunicipalRulesForNewActionsTest {

    static final String ASSEN = "GM0106";

    @Autowired
    MunicipalityService municipalities;

    @Autowired
    RecognisedWorkers recognised;

    @Autowired
    RecognitionFixtures fixtures;

    @Autowired
    TestAccounts accounts;

    @Autowired
    ExpiryReminders reminders;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    ApplicationEvents events;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    private LocalDate validUntil(String number) {
        return jdbc.queryForObject("SELECT valid_until FROM recognition_request WHERE recognition_number = ?",
                LocalDate.class, number);
    }

    private void change(MunicipalitySettings settings) {
        accounts.signInAs(Roles.ADMIN, null);
        municipalities.updateSettings(ASSEN, settings);
        TestAccounts.signOut();
    }

    @Test
    void changing_the_validity_never_changes_a_recognition_already_granted() {
        MunicipalitySettings before = municipalities.find(ASSEN).orElseThrow().settings();
        try {
            String first = recognised.inAssen("Vroeg Erkend").number();
            LocalDate firstEnds = validUntil(first);

            int longer = before.recognitionValidityMonths() + 12;
            change(new MunicipalitySettings(longer, before.reminderDaysBefore(), before.mailSenderName()));

            assertThat(validUntil(first)).isEqualTo(firstEnds);
            String second = recognised.inAssen("Later Erkend").number();
            assertThat(validUntil(second)).isEqualTo(firstEnds.plusMonths(12));
        } finally {
            change(before);
        }
    }

    @Test
    void a_longer_lead_time_reminds_the_recognitions_it_now_reaches_and_no_reminder_is_sent_twice() {
        MunicipalitySettings before = municipalities.find(ASSEN).orElseThrow().settings();
        LocalDate today = LocalDate.of(2032, 3, 1);
        long near = fixtures.submittedInAssen("Bijna Verlopen");
        long far = fixtures.submittedInAssen("Later Verlopen");
        jdbc.update("UPDATE recognition_request SET status = 'RECOGNISED', valid_until = ? WHERE id = ?",
                today.plusDays(20), near);
        jdbc.update("UPDATE recognition_request SET status = 'RECOGNISED', valid_until = ? WHERE id = ?",
                today.plusDays(40), far);
        try {
            change(new MunicipalitySettings(before.recognitionValidityMonths(), 30, before.mailSenderName()));
            tx.executeWithoutResult(s -> reminders.runFor(today));
            assertThat(reminded(near)).isEqualTo(1);
            assertThat(reminded(far)).isZero();

            change(new MunicipalitySettings(before.recognitionValidityMonths(), 45, before.mailSenderName()));
            tx.executeWithoutResult(s -> reminders.runFor(today.plusDays(1)));
            assertThat(reminded(near)).as("already reminded").isEqualTo(1);
            assertThat(reminded(far)).as("now within the lead time").isEqualTo(1);
        } finally {
            jdbc.update("UPDATE recognition_request SET status = 'WITHDRAWN' WHERE id IN (?, ?)", near, far);
            change(before);
        }
    }

    private long reminded(long requestId) {
        return events.stream(RecognitionExpiring.class).filter(e -> e.requestId() == requestId).count();
    }
}
