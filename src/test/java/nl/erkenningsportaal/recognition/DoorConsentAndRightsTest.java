package nl.erkenningsportaal.recognition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.util.Map;
import nl.erkenningsportaal.IntegrationTest;
import nl.erkenningsportaal.account.SignedInUser;
import nl.erkenningsportaal.account.TestAccounts;
import nl.erkenningsportaal.audit.AuditAction;
import nl.erkenningsportaal.audit.StoredReasons;
import nl.erkenningsportaal.platform.Refusal;
import nl.erkenningsportaal.platform.Roles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Consent at the door (issue 16): a registration at the door records that the worker was informed in her language,
 * which version of the privacy statement, and that she agreed; she gets a letter with her code; and an officer
 * carries out her rights (a copy, erasure) at her request, also without an account, audited with how she asked.
 */
@IntegrationTest
class DoorConsentAndRightsTest {

    static final IntakeChecklist COMPLETE = new IntakeChecklist(true, true, true, true, true);

    @Autowired
    OfficerRecognitionService officers;

    @Autowired
    WorkerRecognitionService workers;

    @Autowired
    TestAccounts accounts;

    @Autowired
    RecognitionFixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    StoredReasons reasons;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    DoorRegistration registration(String name, ConsentAtDoor consent) {
        return new DoorRegistration(RecognitionFixtures.identity(name, "9401 AB"), COMPLETE, consent);
    }

    @Test
    void without_being_informed_or_agreeing_nobody_is_registered_at_the_door() {
        SignedInUser officer = accounts.signInAs(Roles.OFFICER, "GM0106");
        int version = workers.privacyStatementVersion();
        int before = jdbc.queryForObject("SELECT COUNT(*) FROM recognition_request", Integer.class);
        for (ConsentAtDoor refused : new ConsentAtDoor[] {new ConsentAtDoor(Locale.of("pt"), version, true, false),
                new ConsentAtDoor(Locale.of("pt"), version, false, true)}) {
            assertThatThrownBy(() -> officers.registerAtDoor(registration("Geen Toestemming", refused)))
                    .isInstanceOf(Refusal.class).hasMessage("recognition.error.door-consent");
        }
        assertThatThrownBy(() -> officers.registerAtDoor(registration("Oude Versie",
                new ConsentAtDoor(Locale.of("pt"), version - 1, true, true))))
                .isInstanceOf(Refusal.class).hasMessage("recognition.error.consent");
        assertThatThrownBy(() -> officers.registerAtDoor(registration("Duitse Uitleg",
                new ConsentAtDoor(Locale.GERMAN, version, true, true))))
                .isInstanceOf(Refusal.class).hasMessage("recognition.error.door-language");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM recognition_request", Integer.class)).isEqualTo(before);
        assertThat(officer).isNotNull();
    }

    @Test
    void the_door_consent_records_version_language_and_officer_and_the_letter_is_in_her_language() {
        SignedInUser officer = accounts.signInAs(Roles.OFFICER, "GM0106");
        int version = workers.privacyStatementVersion();
        DoorResult result = officers.registerAtDoor(registration("Consent Aan De Deur",
                new ConsentAtDoor(Locale.of("es"), version, true, true)));

        Map<String, Object> consent = jdbc.queryForMap("SELECT statement_version, language, recorded_by FROM "
                + "door_consent WHERE request_id = ?", result.requestId());
        assertThat(consent).containsEntry("statement_version", version).containsEntry("language", "es")
                .containsEntry("recorded_by", officer.id());
        assertThat(jdbc.queryForObject("SELECT consent_version FROM recognition_request WHERE id = ?", Integer.class,
                result.requestId())).isEqualTo(version);
        assertThat(officers.details(result.requestId()).consent()).satisfies(c -> {
            assertThat(c.statementVersion()).isEqualTo(version);
            assertThat(c.informedIn()).isEqualTo(Locale.of("es"));
        });
        assertThat(officers.details(result.requestId()).history()).extracting(HistoryEntry::kind)
                .contains("REGISTERED_AT_DOOR", "CONSENT_AT_DOOR", "RECOGNISED");
        DoorLetter letter = result.letter();
        assertThat(letter.language()).isEqualTo(Locale.of("es"));
        assertThat(letter.municipalityName()).isEqualTo("Assen");
        assertThat(letter.activationCode()).isEqualTo(result.activationCode());
        assertThat(letter.statementVersion()).isEqualTo(version);
    }

    @Test
    void a_new_letter_makes_a_new_code_and_the_old_one_stops_working() {
        accounts.signInAs(Roles.OFFICER, "GM0106");
        DoorResult result = officers.registerAtDoor(registration("Nieuwe Brief",
                RecognitionFixtures.consentAtDoor(workers.privacyStatementVersion())));
        DoorLetter again = officers.newDoorLetter(result.requestId());
        assertThat(again.activationCode()).isNotEqualTo(result.activationCode());
        assertThat(again.language()).isEqualTo(Locale.of("pt"));
        TestAccounts.signOut();
        SignUp signUp = new SignUp("brief-" + result.requestId(), "a long enough password", true,
                workers.privacyStatementVersion());
        assertThatThrownBy(() -> workers.claimDoorRegistration(result.activationCode(), signUp, "10.0.0.9"))
                .isInstanceOf(Refusal.class).hasMessage("recognition.error.activation-code");
        assertThat(workers.claimDoorRegistration(again.activationCode(), signUp, "10.0.0.9")).isPositive();
        accounts.signInAs(Roles.OFFICER, "GM0106");
        assertThatThrownBy(() -> officers.newDoorLetter(result.requestId()))
                .isInstanceOf(Refusal.class).hasMessage("recognition.error.already-claimed");
    }

    @Test
    void an_officer_exports_at_her_request_for_a_worker_without_an_account_and_it_is_audited_with_how_she_asked() {
        accounts.signInAs(Roles.OFFICER, "GM0106");
        DoorResult result = officers.registerAtDoor(registration("Kopie Zonder Account",
                RecognitionFixtures.consentAtDoor(workers.privacyStatementVersion())));
        assertThatThrownBy(() -> officers.exportForWorker(result.requestId(),
                new WorkersRightsRequest("aan de balie", false)))
                .isInstanceOf(Refusal.class).hasMessage("recognition.error.rights-identity");
        assertThatThrownBy(() -> officers.exportForWorker(result.requestId(), new WorkersRightsRequest(" ", true)))
                .isInstanceOf(Refusal.class).hasMessage("recognition.error.required");
        assertThatThrownBy(() -> officers.exportForWorker(result.requestId(),
                new WorkersRightsRequest("x".repeat(10_000), true)))
                .isInstanceOf(Refusal.class).hasMessage("recognition.error.too-long");

        String json = officers.exportForWorker(result.requestId(), new WorkersRightsRequest("aan de balie", true));
        assertThat(json).contains("Kopie Zonder Account", "9401 AB", result.number(), "consentAtTheDoor",
                "\"informedIn\" : \"pt\"");
        assertThat(reasons.of(AuditAction.DATA_EXPORTED, "REQUEST", Long.toString(result.requestId())))
                .isEqualTo("at the worker's request: aan de balie");
    }

    @Test
    void an_officer_erases_at_her_request_and_nothing_of_the_request_is_left_in_the_database() {
        accounts.signInAs(Roles.OFFICER, "GM0106");
        DoorResult result = officers.registerAtDoor(registration("Wis Aan De Balie",
                RecognitionFixtures.consentAtDoor(workers.privacyStatementVersion())));
        officers.addNote(result.requestId(), "notitie");
        long id = result.requestId();
        assertThat(officers.eraseForWorker(id, new WorkersRightsRequest("bij het bezoek gevraagd", true))).isOne();
        for (String table : new String[] {"recognition_request WHERE id", "recognition_history WHERE request_id",
                "recognition_note WHERE request_id", "door_consent WHERE request_id",
                "activation_code WHERE request_id"}) {
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM " + table + " = ?", Integer.class, id)).as(table)
                    .isZero();
        }
        assertThat(reasons.of(AuditAction.DATA_ERASED, "REQUEST", Long.toString(id)))
                .isEqualTo("at the worker's request: bij het bezoek gevraagd");
        assertThat(reasons.all()).noneMatch(r -> r.contains("Wis Aan De Balie"));
    }

    @Test
    void erasing_at_her_request_takes_all_her_requests_in_this_municipality_and_leaves_her_account() {
        SignedInUser worker = fixtures.signedInWorker();
        long first = workers.submit(new NewRequest(RecognitionFixtures.identity("Twee Aanvragen", "9401 AB"), null));
        workers.withdraw();
        long second = workers.submit(new NewRequest(RecognitionFixtures.identity("Twee Aanvragen", "9401 AB"), null));
        accounts.signInAs(Roles.OFFICER, "GM0106");
        assertThat(officers.eraseForWorker(second, new WorkersRightsRequest("aan de balie", true))).isEqualTo(2);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM recognition_request WHERE id IN (?, ?)", Integer.class,
                first, second)).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM user_account WHERE id = ?", Integer.class, worker.id()))
                .as("her account is hers to erase (with her GGD appointments, which enforcement never sees)").isOne();
    }
}
