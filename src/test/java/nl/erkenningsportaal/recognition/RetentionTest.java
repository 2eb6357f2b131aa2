package nl.erkenningsportaal.recognition;

import static java.time.temporal.ChronoUnit.DAYS;
import static java.time.temporal.ChronoUnit.MONTHS;
import static java.time.temporal.ChronoUnit.YEARS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import nl.erkenningsportaal.IntegrationTest;
import nl.erkenningsportaal.account.TestAccounts;
import nl.erkenningsportaal.privacy.Clocks;
import nl.erkenningsportaal.privacy.ProcessingRegister;
import nl.erkenningsportaal.privacy.RetentionRuleTest;
import nl.erkenningsportaal.platform.Roles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The recognition module's retention, run with a clock before and after each term. */
@IntegrationTest
class RetentionTest {

    @Autowired
    RequestRetention retention;

    @Autowired
    ProcessingRegister register;

    @Autowired
    RecognitionFixtures fixtures;

    @Autowired
    OfficerRecognitionService officers;

    @Autowired
    WorkerRecognitionService workers;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @Test
    @RetentionRuleTest("recognition.request.declined")
    void declined_requests_are_erased_after_the_municipalitys_term_and_not_before() {
        long declined = fixtures.submittedInAssen("Afgewezen Persoon");
        accounts.signInAs(Roles.OFFICER, "GM0106");
        officers.sendMessage(declined, "Kunt u bellen?");
        officers.decline(declined, DeclineReason.OTHER, "Geen sekswerk op dit adres.");
        int months = register.amount(RequestRetention.DECLINED.id(), "GM0106");

        retention.run(Clocks.justBefore(months, MONTHS));
        assertThat(count("recognition_request WHERE id = ?", declined)).isOne();

        retention.run(Clocks.justAfter(months, MONTHS));
        assertThat(count("recognition_request WHERE id = ?", declined)).isZero();
        assertThat(count("recognition_note WHERE request_id = ?", declined)).isZero();
        assertThat(count("recognition_history WHERE request_id = ?", declined)).isZero();
        assertThat(count("audit_entry WHERE subject_type = 'REQUEST' AND subject = ? AND action = 'DATA_ERASED'",
                Long.toString(declined))).isOne();
    }

    @Test
    @RetentionRuleTest("recognition.request.ended")
    void ended_recognitions_are_anonymised_after_the_term_keeping_no_identity() {
        long id = fixtures.submittedInAssen("Beëindigd Persoon");
        accounts.signInAs(Roles.OFFICER, "GM0106");
        officers.recordChecklist(id, new IntakeChecklist(true, true, true, true, true));
        officers.recognise(id);
        officers.sendMessage(id, "Tot ziens.");
        officers.end(id, EndReason.STOPPED);
        // one recognised at the door: her consent there is recorded with the request
        long door = officers.registerAtDoor(new DoorRegistration(RecognitionFixtures.identity("Aan De Deur Beëindigd",
                "9401 AB"), new IntakeChecklist(true, true, true, true, true),
                RecognitionFixtures.consentAtDoor(workers.privacyStatementVersion()))).requestId();
        officers.end(door, EndReason.STOPPED);
        assertThat(count("door_consent WHERE request_id = ?", door)).isOne();
        int years = register.amount(RequestRetention.ENDED.id(), "GM0106");

        retention.run(Clocks.justBefore(years, YEARS));
        assertThat(jdbc.queryForObject("SELECT legal_name_enc FROM recognition_request WHERE id = ?", String.class,
                id)).isNotEqualTo(RequestRetention.ANONYMISED);

        retention.run(Clocks.justAfter(years, YEARS));
        assertThat(jdbc.queryForMap("SELECT worker_account_id, legal_name_enc, street_enc, phone_enc, work_name_enc "
                + "FROM recognition_request WHERE id = ?", id)).containsEntry("worker_account_id", null)
                .containsEntry("legal_name_enc", RequestRetention.ANONYMISED)
                .containsEntry("street_enc", RequestRetention.ANONYMISED)
                .containsEntry("phone_enc", null).containsEntry("work_name_enc", null);
        assertThat(count("recognition_note WHERE request_id = ?", id)).isZero();
        assertThat(count("recognition_request WHERE id = ? AND legal_name_enc = ?", door, RequestRetention.ANONYMISED))
                .isOne();
        assertThat(count("door_consent WHERE request_id = ?", door)).isZero();
        assertThatThrownBy(() -> officers.revealIdentity(id, RecognitionFixtures.INTAKE))
                .hasMessage("recognition.error.anonymised");
        assertThat(officers.details(id).status()).isEqualTo(RequestStatus.ENDED);
    }

    @Test
    @RetentionRuleTest({"recognition.activation-code", "recognition.activation-attempt"})
    void used_and_expired_activation_codes_and_old_failed_attempts_are_deleted() {
        long request = fixtures.submittedInAssen("Deur Persoon");
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        String used = code();
        String open = code();
        jdbc.update("INSERT INTO activation_code (request_id, code_hash, expires_at, used_at) VALUES (?, ?, ?, ?)",
                request, used, now.plusDays(14), now);
        jdbc.update("INSERT INTO activation_code (request_id, code_hash, expires_at, used_at) VALUES (?, ?, ?, NULL)",
                request, open, now.plusDays(14));
        String source = code();
        jdbc.update("INSERT INTO activation_attempt (source_hash, attempted_at) VALUES (?, ?)", source, now);

        retention.run(Clocks.after(0, DAYS, 0));
        assertThat(count("activation_code WHERE code_hash IN (?, ?)", used, open)).isEqualTo(2);
        assertThat(count("activation_attempt WHERE source_hash = ?", source)).isOne();

        // a code used 30 days ago goes; one still open (not yet expired) stays; a day-old attempt goes
        retention.run(Clocks.after(31, DAYS, 0));
        assertThat(count("activation_code WHERE code_hash = ?", used)).isZero();
        assertThat(count("activation_code WHERE code_hash = ?", open)).isOne();
        assertThat(count("activation_attempt WHERE source_hash = ?", source)).isZero();

        // the open code expired 14 days from now; 30 days after that it goes too
        retention.run(Clocks.after(45, DAYS, 0));
        assertThat(count("activation_code WHERE code_hash = ?", open)).isZero();
    }

    private int count(String fromWhere, Object... args) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + fromWhere, Integer.class, args);
    }

    private static String code() {
        return (UUID.randomUUID().toString() + UUID.randomUUID()).replace("-", "").substring(0, 64);
    }
}
