package nl.erkenningsportaal.recognition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.erkenningsportaal.IntegrationTest;
import nl.erkenningsportaal.account.TestAccounts;
import nl.erkenningsportaal.audit.AuditAction;
import nl.erkenningsportaal.audit.AuditService;
import nl.erkenningsportaal.platform.Refusal;
import nl.erkenningsportaal.platform.Roles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@IntegrationTest
class RecognitionFlowTest {

    @Autowired
    WorkerRecognitionService workers;

    @Autowired
    OfficerRecognitionService officers;

    @Autowired
    RecognitionFixtures fixtures;

    @Autowired
    TestAccounts accounts;

    @Autowired
    AuditService audit;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    nl.erkenningsportaal.municipality.MunicipalityService municipalities;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    static final IntakeChecklist COMPLETE = new IntakeChecklist(true, true, true, true, true);

    @Test
    void a_worker_requests_and_an_assen_officer_plans_the_intake_records_it_and_recognises() {
        long id = fixtures.submittedInAssen("Łucja Nowak");

        accounts.signInAs(Roles.OFFICER, "GM0106");
        assertThat(officers.worklist(WorklistFilter.ALL, 0, 500)).extracting(RequestSummary::id).contains(id);
        officers.planIntake(id, LocalDateTime.now().plusDays(3).withNano(0), IntakePlace.AT_WORK_ADDRESS, null);
        officers.recordChecklist(id, COMPLETE);
        String number = officers.recognise(id);

        assertThat(RecognitionNumber.isValid(number)).isTrue();
        RequestDetails details = officers.details(id);
        assertThat(details.status()).isEqualTo(RequestStatus.RECOGNISED);
        int months = municipalities.find("GM0106").orElseThrow().settings().recognitionValidityMonths();
        assertThat(details.validUntil()).isEqualTo(details.validFrom().plusMonths(months));
        assertThat(details.history()).extracting(HistoryEntry::kind)
                .containsSubsequence("SUBMITTED", "INTAKE_PLANNED", "CHECKLIST_RECORDED", "RECOGNISED");
        accounts.signInAs(Roles.ADMIN, null); // the audit trail is the administrator's to read
        assertThat(audit.forSubject("REQUEST", Long.toString(id))).extracting(e -> e.action())
                .contains(AuditAction.DECISION_TAKEN);
    }

    @Test
    void identity_columns_hold_no_plaintext_and_opening_the_identity_is_audited() {
        long id = fixtures.submittedInAssen("Nguyễn Thị <b>Hoa</b>");
        Map<String, Object> row = jdbc.queryForMap("SELECT * FROM recognition_request WHERE id = ?", id);
        for (String column : List.of("legal_name_enc", "date_of_birth_enc", "nationality_enc", "street_enc",
                "house_number_enc", "postcode_enc", "town_enc", "phone_enc", "work_name_enc")) {
            String raw = String.valueOf(row.get(column));
            // whole values only: short fragments could turn up in base64 by chance
            assertThat(raw).as(column).startsWith("v1.").doesNotContain("Nguyễn Thị", "1995-03-14", "Kerkstraat",
                    "9401 AB", "+31 6 12345678");
        }
        accounts.signInAs(Roles.OFFICER, "GM0106");
        Identity identity = officers.revealIdentity(id, RecognitionFixtures.INTAKE);
        assertThat(identity.legalName()).isEqualTo("Nguyễn Thị <b>Hoa</b>");
        assertThat(identity.postcode()).isEqualTo("9401 AB");
        accounts.signInAs(Roles.ADMIN, null);
        assertThat(audit.forSubject("REQUEST", Long.toString(id))).first()
                .satisfies(e -> assertThat(e.action()).isEqualTo(AuditAction.IDENTITY_VIEWED));
    }

    @Test
    void an_assen_officer_cannot_read_list_find_or_act_on_a_de_wolden_request() {
        fixtures.signedInWorker();
        long id = workers.submit(new NewRequest(RecognitionFixtures.identity("Ana Souza", "7921 AB"), null));
        TestAccounts.signOut();

        accounts.signInAs(Roles.OFFICER, "GM1690");
        officers.recordChecklist(id, COMPLETE);
        String number = officers.recognise(id);

        accounts.signInAs(Roles.OFFICER, "GM0106");
        assertThat(officers.worklist(WorklistFilter.ALL, 0, 500)).extracting(RequestSummary::id).doesNotContain(id);
        assertNotFound(() -> officers.details(id));
        assertNotFound(() -> officers.revealIdentity(id, RecognitionFixtures.INTAKE));
        assertNotFound(() -> officers.recordChecklist(id, COMPLETE));
        assertNotFound(() -> officers.end(id, EndReason.MOVED));
        assertNotFound(() -> officers.sendMessage(id, "hallo"));
        assertNotFound(() -> officers.addNote(id, "notitie"));
        assertThat(officers.lookUpNumber(number, "telefoontje van de werker")).isEmpty();
    }

    private static void assertNotFound(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOf(Refusal.class).hasMessage("error.not-found");
    }

    @Test
    void ggd_staff_admins_coordinators_policy_and_workers_cannot_reach_officer_methods() {
        long id = fixtures.submittedInAssen("Maria Silva");
        for (String role : List.of(Roles.GGD, Roles.ADMIN, Roles.COORDINATOR, Roles.POLICY, Roles.WORKER)) {
            accounts.signInAs(role, null);
            assertThatThrownBy(() -> officers.revealIdentity(id, RecognitionFixtures.INTAKE)).as(role)
                    .isInstanceOf(org.springframework.security.authorization.AuthorizationDeniedException.class);
            assertThatThrownBy(() -> officers.details(id)).as(role)
                    .isInstanceOf(org.springframework.security.authorization.AuthorizationDeniedException.class);
            assertThatThrownBy(() -> officers.worklist(WorklistFilter.ALL, 0, 10)).as(role)
                    .isInstanceOf(org.springframework.security.authorization.AuthorizationDeniedException.class);
        }
        accounts.signInAs(Roles.GGD, null);
        assertThatThrownBy(() -> workers.myIdentity())
                .isInstanceOf(org.springframework.security.authorization.AuthorizationDeniedException.class);
    }

    @Test
    void two_officers_recognising_the_same_request_at_the_same_moment_give_one_number() throws Exception {
        long id = fixtures.submittedInAssen("Paula Gomez");
        var first = accounts.create(Roles.OFFICER, "GM0106");
        var second = accounts.create(Roles.OFFICER, "GM0106");
        TestAccounts.signIn(first);
        officers.recordChecklist(id, COMPLETE);
        TestAccounts.signOut();

        var start = new java.util.concurrent.CountDownLatch(1);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        List<java.util.concurrent.Future<String>> results = List.of(first, second).stream().map(officer ->
                pool.submit(() -> {
                    TestAccounts.signIn(officer);
                    start.await();
                    try {
                        return officers.recognise(id);
                    } catch (Refusal r) {
                        return r.messageKey();
                    } finally {
                        TestAccounts.signOut();
                    }
                })).toList();
        start.countDown();
        List<String> outcomes = new java.util.ArrayList<>();
        for (var f : results) {
            outcomes.add(f.get());
        }
        pool.shutdown();
        assertThat(outcomes.stream().filter(RecognitionNumber::isValid)).hasSize(1);
        assertThat(outcomes.stream().filter(o -> !RecognitionNumber.isValid(o)))
                .singleElement().isIn("recognition.error.changed-meanwhile", "recognition.error.already-decided");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM recognition_request WHERE id = ? "
                + "AND recognition_number IS NOT NULL", Integer.class, id)).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM recognition_history WHERE request_id = ? "
                + "AND kind = 'RECOGNISED'", Integer.class, id)).isEqualTo(1);
    }

    @Test
    void under_eighteen_is_refused_and_nothing_is_stored() {
        fixtures.signedInWorker();
        int before = jdbc.queryForObject("SELECT COUNT(*) FROM recognition_request", Integer.class);
        Identity young = new Identity("Jong Iemand", LocalDate.now().minusYears(17), "NL", "Kerkstraat", "1", null,
                "9401 AB", "Assen", null, null, List.of("nl"), ContactPreference.PORTAL);
        assertThatThrownBy(() -> workers.submit(new NewRequest(young, null)))
                .isInstanceOf(Refusal.class).hasMessage("recognition.error.under-18");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM recognition_request", Integer.class)).isEqualTo(before);
    }

    @Test
    void a_second_request_while_one_is_open_is_refused() {
        fixtures.signedInWorker();
        workers.submit(new NewRequest(RecognitionFixtures.identity("Eva Kowalska", "9401 AB"), null));
        assertThatThrownBy(() -> workers.submit(new NewRequest(RecognitionFixtures.identity("Eva Kowalska",
                "9401 AB"), null))).isInstanceOf(Refusal.class).hasMessage("recognition.error.already-open");
        assertThat(workers.myRequest()).hasValueSatisfying(r -> assertThat(r.status())
                .isEqualTo(RequestStatus.SUBMITTED));
    }

    @Test
    void names_in_any_script_are_accepted_and_kept_exactly() {
        for (String name : List.of("Łucja Wąsowska", "Nguyễn Văn An", "O'Brien-Ñúñez", "สมหญิง ใจดี",
                // Persian, spelled with a zero-width non-joiner inside the name
                "\u0645\u062D\u0645\u062F\u200C\u0631\u0636\u0627 \u0627\u062D\u0645\u062F\u06CC",
                "<script>alert(1)</script>")) {
            fixtures.signedInWorker();
            workers.submit(new NewRequest(RecognitionFixtures.identity(name, "9401 AB"), null));
            assertThat(workers.myIdentity()).hasValueSatisfying(i -> assertThat(i.legalName()).isEqualTo(name));
        }
    }

    @Test
    void bad_input_is_refused_with_a_translated_reason() {
        fixtures.signedInWorker();
        Identity ok = RecognitionFixtures.identity("Ana Lima", "9401 AB");
        Map<String, Identity> cases = Map.of(
                "recognition.error.postcode", withPostcode(ok, "94O1 AB"),
                "recognition.error.outside-region", withPostcode(ok, "1011 AB"),
                "recognition.error.not-participating", withPostcode(ok, "7811 AB"),
                "recognition.error.choose-municipality", withPostcode(ok, "9455 AA"),
                "recognition.error.birth-in-future", withBirth(ok, LocalDate.now().plusDays(2)),
                "recognition.error.too-long", withName(ok, "x".repeat(Limits.NAME_MAX + 1)),
                "recognition.error.invisible-characters", withName(ok, "Ana\u202EamiL"),
                "recognition.error.required", withName(ok, "   "));
        cases.forEach((key, identity) -> assertThatThrownBy(() -> workers.submit(new NewRequest(identity, null)))
                .as(key).isInstanceOf(Refusal.class).hasMessage(key));
        // the ambiguous area works once the worker chooses one of its municipalities
        assertThat(workers.submit(new NewRequest(withPostcode(ok, "9455 AA"), "GM0106"))).isPositive();
    }

    static Identity withPostcode(Identity i, String postcode) {
        return new Identity(i.legalName(), i.dateOfBirth(), i.nationality(), i.street(), i.houseNumber(),
                i.houseNumberAddition(), postcode, i.town(), i.phone(), i.workName(), i.languages(),
                i.preferredContact());
    }

    static Identity withBirth(Identity i, LocalDate birth) {
        return new Identity(i.legalName(), birth, i.nationality(), i.street(), i.houseNumber(),
                i.houseNumberAddition(), i.postcode(), i.town(), i.phone(), i.workName(), i.languages(),
                i.preferredContact());
    }

    static Identity withName(Identity i, String name) {
        return new Identity(name, i.dateOfBirth(), i.nationality(), i.street(), i.houseNumber(),
                i.houseNumberAddition(), i.postcode(), i.town(), i.phone(), i.workName(), i.languages(),
                i.preferredContact());
    }

    @Test
    void an_officer_looks_up_a_number_with_a_reason_and_the_lookup_is_audited() {
        long id = fixtures.submittedInAssen("Rosa Pereira");
        accounts.signInAs(Roles.OFFICER, "GM0106");
        officers.recordChecklist(id, COMPLETE);
        String number = officers.recognise(id);
        assertThatThrownBy(() -> officers.lookUpNumber(number, "")).isInstanceOf(Refusal.class);
        assertThat(officers.lookUpNumber(RecognitionNumber.grouped(number).toLowerCase(), "controle bij bezoek"))
                .contains(id);
        accounts.signInAs(Roles.ADMIN, null);
        assertThat(audit.forSubject("REQUEST", Long.toString(id))).first().satisfies(e -> {
            assertThat(e.action()).isEqualTo(AuditAction.NUMBER_LOOKED_UP);
            assertThat(e.reason()).isEqualTo("controle bij bezoek");
        });
    }

    @Test
    void recognised_at_the_door_the_worker_claims_an_account_once_with_the_activation_code() {
        accounts.signInAs(Roles.OFFICER, "GM0106");
        DoorResult door = officers.registerAtDoor(new DoorRegistration(
                RecognitionFixtures.identity("Carla Mendes", "9402 CD"), COMPLETE,
                RecognitionFixtures.consentAtDoor(workers.privacyStatementVersion())));
        assertThat(RecognitionNumber.isValid(door.number())).isTrue();
        TestAccounts.signOut();

        SignUp signUp = new SignUp("carla-" + door.requestId(), "a long enough password", true,
                workers.privacyStatementVersion());
        long account = workers.claimDoorRegistration(door.activationCode().toLowerCase(), signUp, "10.0.0.1");
        assertThat(account).isPositive();
        assertThatThrownBy(() -> workers.claimDoorRegistration(door.activationCode(), new SignUp("carla2-"
                + door.requestId(), "a long enough password", true, workers.privacyStatementVersion()), "10.0.0.1"))
                .isInstanceOf(Refusal.class).hasMessage("recognition.error.activation-code");

        TestAccounts.signIn(new nl.erkenningsportaal.account.SignedInUser(account, signUp.username(), Roles.WORKER,
                null, null));
        assertThat(workers.myRequest()).hasValueSatisfying(r -> {
            assertThat(r.number()).isEqualTo(door.number());
            assertThat(r.status()).isEqualTo(RequestStatus.RECOGNISED);
        });
    }

    @Test
    void guessing_activation_codes_is_stopped_after_ten_failures() {
        int version = workers.privacyStatementVersion();
        String source = "192.0.2." + (System.nanoTime() % 200);
        for (int i = 0; i < ActivationCodes.MAX_FAILURES; i++) {
            assertThatThrownBy(() -> workers.claimDoorRegistration("AAAA-BBBB-CCCC", new SignUp("g-" + System.nanoTime(),
                    "a long enough password", true, version), source)).hasMessage("recognition.error.activation-code");
        }
        assertThatThrownBy(() -> workers.claimDoorRegistration("AAAA-BBBB-CCCC", new SignUp("g-" + System.nanoTime(),
                "a long enough password", true, version), source)).hasMessage("recognition.error.too-many-attempts");
    }

    @Test
    void the_worklist_filters_by_status_and_age_and_counts_per_status() {
        long id = fixtures.submittedInAssen("Filter Test");
        accounts.signInAs(Roles.OFFICER, "GM0106");
        assertThat(officers.worklist(new WorklistFilter(Set.of(RequestStatus.SUBMITTED), null), 0, 500))
                .extracting(RequestSummary::id).contains(id);
        assertThat(officers.worklist(new WorklistFilter(Set.of(RequestStatus.DECLINED), null), 0, 500))
                .extracting(RequestSummary::id).doesNotContain(id);
        assertThat(officers.worklist(new WorklistFilter(Set.of(), 30), 0, 500))
                .extracting(RequestSummary::id).doesNotContain(id);
        assertThat(officers.countsByStatus().get(RequestStatus.SUBMITTED)).isPositive();
        assertThat(officers.count(WorklistFilter.ALL)).isGreaterThanOrEqualTo(1);
    }

    @Test
    void a_declined_request_keeps_its_reason_and_the_worker_sees_it() {
        var worker = fixtures.signedInWorker();
        long id = workers.submit(new NewRequest(RecognitionFixtures.identity("Decline Test", "9401 AB"), null));
        accounts.signInAs(Roles.OFFICER, "GM0106");
        officers.decline(id, DeclineReason.NOT_IN_MUNICIPALITY, "Het adres ligt niet in Assen.");
        TestAccounts.signIn(worker);
        assertThat(workers.myRequest()).hasValueSatisfying(r -> {
            assertThat(r.status()).isEqualTo(RequestStatus.DECLINED);
            assertThat(r.declineReason()).isEqualTo(DeclineReason.NOT_IN_MUNICIPALITY);
            assertThat(r.declineText()).isEqualTo("Het adres ligt niet in Assen.");
        });
    }

    @Test
    void sign_up_records_consent_to_the_published_privacy_statement_and_refuses_any_other_version() {
        TestAccounts.signOut();
        int published = workers.privacyStatementVersion();
        String name = "consent-" + System.nanoTime();
        assertThatThrownBy(() -> workers.signUp(new SignUp(name, "a long enough password", true, published - 1)))
                .hasMessage("recognition.error.consent");
        assertThatThrownBy(() -> workers.signUp(new SignUp(name, "a long enough password", false, published)))
                .hasMessage("recognition.error.consent");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM user_account WHERE username = ?", Integer.class, name))
                .isZero();

        long account = workers.signUp(new SignUp(name, "a long enough password", true, published));
        assertThat(jdbc.queryForObject("SELECT statement_version FROM worker_consent WHERE account_id = ?",
                Integer.class, account)).isEqualTo(published);
    }

    @Test
    void withdrawing_consent_erases_the_request() {
        fixtures.signedInWorker();
        long id = workers.submit(new NewRequest(RecognitionFixtures.identity("Erase Me", "9401 AB"), null));
        workers.withdrawConsentAndErase();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM recognition_request WHERE id = ?", Integer.class, id))
                .isZero();
        assertThat(workers.myRequest()).isEmpty();
    }
}
