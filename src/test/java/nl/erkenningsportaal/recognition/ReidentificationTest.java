package nl.erkenningsportaal.recognition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import nl.erkenningsportaal.IntegrationTest;
import nl.erkenningsportaal.account.SignedInUser;
import nl.erkenningsportaal.account.TestAccounts;
import nl.erkenningsportaal.audit.AccessReason;
import nl.erkenningsportaal.audit.AuditAction;
import nl.erkenningsportaal.audit.AuditEntry;
import nl.erkenningsportaal.audit.AuditService;
import nl.erkenningsportaal.audit.StatedReason;
import nl.erkenningsportaal.mydata.DataAccess;
import nl.erkenningsportaal.mydata.MyDataService;
import nl.erkenningsportaal.platform.Refusal;
import nl.erkenningsportaal.platform.Roles;
import nl.erkenningsportaal.signal.Indicator;
import nl.erkenningsportaal.signal.NewSignal;
import nl.erkenningsportaal.signal.SignalService;
import nl.erkenningsportaal.signal.Urgency;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authorization.AuthorizationDeniedException;

/**
 * Re-identification with a reason (issue 16): the request page holds no identity, messages or notes; they open only
 * for a reason chosen from the list, which the service checks (not only the form) and writes to the audit trail; the
 * worker sees when, which role, which municipality and why, never who or what the colleague typed.
 */
@IntegrationTest
class ReidentificationTest {

    static final String NAME = "Reden Persoon";

    @Autowired
    WorkerRecognitionService workers;

    @Autowired
    OfficerRecognitionService officers;

    @Autowired
    SignalService signals;

    @Autowired
    MyDataService myData;

    @Autowired
    RecognitionFixtures fixtures;

    @Autowired
    TestAccounts accounts;

    @Autowired
    AuditService audit;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @Test
    void the_request_page_holds_the_number_status_and_history_but_no_identity_message_or_note() {
        SignedInUser worker = fixtures.signedInWorker();
        long id = workers.submit(new NewRequest(RecognitionFixtures.identity(NAME, "9401 AB"), null));
        workers.sendMessage("Bel mij op +31 6 12345678");
        accounts.signInAs(Roles.OFFICER, "GM0106");
        officers.addNote(id, "Notitie over " + NAME);
        RequestDetails details = officers.details(id);
        assertThat(details.status()).isEqualTo(RequestStatus.SUBMITTED);
        assertThat(details.history()).extracting(HistoryEntry::kind).contains("SUBMITTED");
        assertThat(details.toString()).doesNotContain(NAME, "12345678", "Kerkstraat", "Luna");
        TestAccounts.signIn(worker);
        assertThat(myData.whoLooked()).as("reading the page is not opening the identity").isEmpty();
    }

    @Test
    void an_empty_or_ten_thousand_character_reason_is_refused_and_opens_nothing() {
        long id = fixtures.submittedInAssen(NAME);
        accounts.signInAs(Roles.OFFICER, "GM0106");
        int entries = entriesAbout(id);

        assertThatThrownBy(() -> officers.revealIdentity(id, StatedReason.of(null, "belde zelf")))
                .isInstanceOf(Refusal.class).hasMessage("audit.reason.required");
        assertThatThrownBy(() -> officers.openCorrespondence(id, StatedReason.of(null, null)))
                .isInstanceOf(Refusal.class).hasMessage("audit.reason.required");
        assertThatThrownBy(() -> officers.revealIdentity(id, StatedReason.of(AccessReason.INTAKE, "x".repeat(10_000))))
                .isInstanceOf(Refusal.class).hasMessage("audit.reason.too-long");
        assertThatThrownBy(() -> officers.revealIdentity(id, new StatedReason(AccessReason.INTAKE, "a\u202Eb")))
                .isInstanceOf(Refusal.class).hasMessage("audit.reason.invisible");
        // the coordinator's reason is not the officer's to give
        assertThatThrownBy(() -> officers.revealIdentity(id, new StatedReason(AccessReason.HANDOVER, null)))
                .isInstanceOf(Refusal.class).hasMessage("audit.reason.required");
        assertThat(entriesAbout(id)).as("a refused opening leaves no trace of an opening").isEqualTo(entries);

        assertThat(StatedReason.of(AccessReason.INTAKE, "x".repeat(StatedReason.EXPLANATION_MAX)).explanation())
                .hasSize(StatedReason.EXPLANATION_MAX);
    }

    @Test
    void each_opening_is_audited_with_its_reason_and_the_worker_sees_when_role_municipality_and_why() {
        SignedInUser worker = fixtures.signedInWorker();
        long id = workers.submit(new NewRequest(RecognitionFixtures.identity(NAME, "9401 AB"), null));
        workers.sendMessage("Mijn nummer is +31 6 12345678");
        SignedInUser officer = accounts.signInAs(Roles.OFFICER, "GM0106");
        Identity identity = officers.revealIdentity(id, new StatedReason(AccessReason.WORKERS_QUESTION,
                "zij belde over haar adres"));
        assertThat(identity.legalName()).isEqualTo(NAME);
        Correspondence opened = officers.openCorrespondence(id, new StatedReason(AccessReason.CORRECTION, null));
        assertThat(opened.messages()).extracting(Message::text).contains("Mijn nummer is +31 6 12345678");

        accounts.signInAs(Roles.ADMIN, null);
        List<AuditEntry> trail = audit.forSubject("REQUEST", Long.toString(id));
        assertThat(trail).filteredOn(e -> e.action() == AuditAction.IDENTITY_VIEWED).singleElement()
                .satisfies(e -> assertThat(e.reason()).isEqualTo("WORKERS_QUESTION: zij belde over haar adres"));
        assertThat(trail).filteredOn(e -> e.action() == AuditAction.MESSAGES_VIEWED).singleElement()
                .satisfies(e -> assertThat(e.reason()).isEqualTo("CORRECTION"));

        TestAccounts.signIn(worker);
        List<DataAccess> looks = myData.whoLooked();
        assertThat(looks).extracting(DataAccess::action).containsExactlyInAnyOrder("IDENTITY_VIEWED",
                "MESSAGES_VIEWED");
        assertThat(looks).allSatisfy(a -> {
            assertThat(a.role()).isEqualTo(Roles.OFFICER);
            assertThat(a.municipalityName()).isEqualTo("Assen");
        });
        assertThat(looks).extracting(DataAccess::reason).containsExactlyInAnyOrder(AccessReason.WORKERS_QUESTION,
                AccessReason.CORRECTION);
        assertThat(looks.toString()).as("never the colleague, never what the colleague typed")
                .doesNotContain(officer.username(), "zij belde over haar adres");
    }

    @Test
    void the_coordinator_opens_the_identity_behind_an_escalated_signal_only_with_a_reason_of_her_own() {
        SignedInUser worker = fixtures.signedInWorker();
        long id = workers.submit(new NewRequest(RecognitionFixtures.identity(NAME, "9401 AB"), null));
        accounts.signInAs(Roles.OFFICER, "GM0106");
        long signal = signals.raise(new NewSignal(id, null, java.util.Set.of(Indicator.FEAR), null, Urgency.HIGH));
        signals.escalate(signal);
        accounts.signInAs(Roles.COORDINATOR, null);
        assertThatThrownBy(() -> signals.linkedIdentity(signal, StatedReason.of(null, null)))
                .isInstanceOf(Refusal.class).hasMessage("audit.reason.required");
        assertThatThrownBy(() -> signals.linkedIdentity(signal, new StatedReason(AccessReason.RENEWAL, null)))
                .as("renewal is an officer's reason").isInstanceOf(Refusal.class).hasMessage("audit.reason.required");
        assertThat(signals.linkedIdentity(signal, new StatedReason(AccessReason.HANDOVER, "naar de politie")))
                .hasValueSatisfying(i -> assertThat(i.legalName()).isEqualTo(NAME));

        TestAccounts.signIn(worker);
        assertThat(myData.whoLooked()).singleElement().satisfies(a -> {
            assertThat(a.role()).isEqualTo(Roles.COORDINATOR);
            assertThat(a.action()).isEqualTo("SIGNAL_IDENTITY_VIEWED");
            assertThat(a.reason()).isEqualTo(AccessReason.HANDOVER);
        });
    }

    @Test
    void an_officer_of_de_wolden_cannot_open_export_or_erase_an_assen_identity() {
        long id = fixtures.submittedInAssen(NAME);
        accounts.signInAs(Roles.OFFICER, "GM1690");
        StatedReason why = new StatedReason(AccessReason.WORKERS_QUESTION, null);
        WorkersRightsRequest asked = new WorkersRightsRequest("aan de balie", true);
        for (var call : List.<org.assertj.core.api.ThrowableAssert.ThrowingCallable>of(
                () -> officers.revealIdentity(id, why), () -> officers.openCorrespondence(id, why),
                () -> officers.exportForWorker(id, asked), () -> officers.eraseForWorker(id, asked),
                () -> officers.newDoorLetter(id))) {
            assertThatThrownBy(call).isInstanceOf(Refusal.class).hasMessage("error.not-found");
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM recognition_request WHERE id = ?", Integer.class, id))
                .isOne();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE subject_type = 'REQUEST' AND subject = ?"
                + " AND actor_municipality = 'GM1690'", Integer.class, Long.toString(id))).isZero();
    }

    @Test
    void only_an_officer_reaches_the_identity_the_messages_and_the_workers_rights() {
        long id = fixtures.submittedInAssen(NAME);
        StatedReason why = new StatedReason(AccessReason.SIGNAL, null);
        WorkersRightsRequest asked = new WorkersRightsRequest("aan de balie", true);
        for (String role : List.of(Roles.WORKER, Roles.GGD, Roles.COORDINATOR, Roles.ADMIN, Roles.POLICY)) {
            accounts.signInAs(role, null);
            for (var call : List.<org.assertj.core.api.ThrowableAssert.ThrowingCallable>of(
                    () -> officers.revealIdentity(id, why), () -> officers.openCorrespondence(id, why),
                    () -> officers.exportForWorker(id, asked), () -> officers.eraseForWorker(id, asked))) {
                assertThatThrownBy(call).as(role).isInstanceOf(AuthorizationDeniedException.class);
            }
        }
    }

    private int entriesAbout(long requestId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE subject_type = 'REQUEST' AND subject = ?",
                Integer.class, Long.toString(requestId));
    }
}
