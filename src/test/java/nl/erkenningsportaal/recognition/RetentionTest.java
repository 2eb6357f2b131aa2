package nl.erkenningsportaal.recognition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import nl.erkenningsportaal.IntegrationTest;
import nl.erkenningsportaal.account.Roles;
import nl.erkenningsportaal.account.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** The clean-up runs with a date we choose, as a controllable clock would give it. */
@IntegrationTest
class RetentionTest {

    @Autowired
    RequestRetention retention;

    @Autowired
    RecognitionFixtures fixtures;

    @Autowired
    OfficerRecognitionService officers;

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

    @Test
    void declined_requests_are_erased_after_the_municipalitys_term_and_not_before() {
        long declined = fixtures.submittedInAssen("Afgewezen Persoon");
        accounts.signInAs(Roles.OFFICER, "GM0106");
        officers.decline(declined, DeclineReason.OTHER, "Geen sekswerk op dit adres.");
        int months = jdbc.queryForObject("SELECT retention_declined_months FROM municipality WHERE id = 'GM0106'",
                Integer.class);

        tx.execute(s -> retention.runFor(LocalDate.now().plusMonths(months).minusDays(2)));
        assertThat(exists(declined)).isTrue();
        tx.execute(s -> retention.runFor(LocalDate.now().plusMonths(months).plusDays(2)));
        assertThat(exists(declined)).isFalse();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE subject = ? AND action = 'DATA_ERASED'",
                Integer.class, Long.toString(declined))).isEqualTo(1);
    }

    @Test
    void ended_recognitions_are_anonymised_after_the_term_keeping_no_identity() {
        long id = fixtures.submittedInAssen("Beëindigd Persoon");
        accounts.signInAs(Roles.OFFICER, "GM0106");
        officers.recordChecklist(id, new IntakeChecklist(true, true, true, true, true));
        officers.recognise(id);
        officers.end(id, EndReason.STOPPED);
        int years = jdbc.queryForObject("SELECT retention_ended_years FROM municipality WHERE id = 'GM0106'",
                Integer.class);

        tx.execute(s -> retention.runFor(LocalDate.now().plusYears(years).plusDays(2)));
        assertThat(exists(id)).isTrue();
        assertThat(jdbc.queryForMap("SELECT worker_account_id, legal_name_enc, street_enc FROM recognition_request "
                + "WHERE id = ?", id)).containsEntry("worker_account_id", null)
                .containsEntry("legal_name_enc", RequestRetention.ANONYMISED)
                .containsEntry("street_enc", RequestRetention.ANONYMISED);
        assertThatThrownBy(() -> officers.revealIdentity(id, RecognitionFixtures.INTAKE)).hasMessage("recognition.error.anonymised");
        assertThat(officers.details(id).status()).isEqualTo(RequestStatus.ENDED);
    }

    private boolean exists(long id) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM recognition_request WHERE id = ?", Integer.class, id) == 1;
    }
}
