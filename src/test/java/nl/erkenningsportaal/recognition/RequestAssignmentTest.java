package nl.erkenningsportaal.recognition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import nl.erkenningsportaal.IntegrationTest;
import nl.erkenningsportaal.platform.Roles;
import nl.erkenningsportaal.platform.Whose;
import nl.erkenningsportaal.account.SignedInUser;
import nl.erkenningsportaal.account.TestAccounts;
import nl.erkenningsportaal.audit.AuditAction;
import nl.erkenningsportaal.audit.AuditService;
import nl.erkenningsportaal.platform.AssignmentChange;
import nl.erkenningsportaal.platform.Refusal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * A request is owned by one officer of its municipality: it moves from "unassigned" to her "mine", she alone is
 * alerted about it, the history and the audit trail say it changed hands, and nobody outside the municipality can
 * assign it or be given it.
 */
@IntegrationTest
class RequestAssignmentTest {

    @Autowired
    OfficerRecognitionService officers;

    @Autowired
    WorkerRecognitionService workers;

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

    static final WorklistFilter MINE = new WorklistFilter(java.util.Set.of(), null, Whose.MINE);
    static final WorklistFilter EVERYONE = new WorklistFilter(java.util.Set.of(), null, Whose.EVERYONE);
    static final WorklistFilter UNASSIGNED =
            new WorklistFilter(java.util.Set.of(), null, Whose.UNASSIGNED);

    List<Long> ids(WorklistFilter filter) {
        return officers.worklist(filter, 0, 500).stream().map(RequestSummary::id).toList();
    }

    List<String> alerts(SignedInUser staff, String kind) {
        return jdbc.queryForList("SELECT CONCAT(kind, ':', subject_id) FROM staff_alert WHERE account_id = ? "
                + "AND kind = ?", String.class, staff.id(), kind);
    }

    @Test
    void an_officer_assigns_a_request_to_a_colleague_who_then_finds_it_under_mine_and_is_alerted() {
        long request = fixtures.submittedInAssen("Mira Ionescu");
        SignedInUser anna = accounts.create(Roles.OFFICER, "GM0106");
        SignedInUser ben = accounts.create(Roles.OFFICER, "GM0106");

        TestAccounts.signIn(anna);
        assertThat(ids(UNASSIGNED)).contains(request);
        assertThat(officers.colleagues()).extracting(Colleague::id).contains(anna.id(), ben.id());
        officers.assign(request, ben.id());

        assertThat(ids(UNASSIGNED)).doesNotContain(request);
        assertThat(ids(MINE)).as("not anna's: she gave it away").doesNotContain(request);
        assertThat(officers.worklist(WorklistFilter.ALL, 0, 500)).filteredOn(r -> r.id() == request)
                .singleElement().extracting(RequestSummary::assigneeId).isEqualTo(ben.id());

        TestAccounts.signIn(ben);
        assertThat(ids(MINE)).contains(request);
        assertThat(officers.assigneeOf(request)).contains(ben.id());
        assertThat(officers.details(request).history()).extracting(HistoryEntry::kind).endsWith("ASSIGNED");
        await().atMost(Duration.ofSeconds(30)).until(() -> !alerts(ben, "REQUEST_ASSIGNED").isEmpty());
        assertThat(alerts(ben, "REQUEST_ASSIGNED")).containsExactly("REQUEST_ASSIGNED:" + request);
        assertThat(alerts(anna, "REQUEST_ASSIGNED")).as("who assigns is not alerted").isEmpty();

        officers.assign(request, null);
        assertThat(ids(MINE)).doesNotContain(request);
        assertThat(ids(UNASSIGNED)).contains(request);
        assertThat(officers.details(request).history()).extracting(HistoryEntry::kind)
                .endsWith("ASSIGNED", "UNASSIGNED");
        assertThat(officers.assignmentHistory(request)).as("who gave it to whom, oldest first")
                .extracting(AssignmentChange::assigneeId, AssignmentChange::changedBy)
                .containsExactly(tuple(ben.id(), anna.id()), tuple(null, ben.id()));

        accounts.signInAs(Roles.ADMIN, null);
        assertThat(audit.forSubject("REQUEST", Long.toString(request)))
                .filteredOn(e -> e.action() == AuditAction.ASSIGNMENT_CHANGED).hasSize(2);
    }

    @Test
    void mine_unassigned_and_everyones_on_the_worklist_each_return_exactly_their_requests() {
        SignedInUser anna = accounts.create(Roles.OFFICER, "GM0106");
        SignedInUser ben = accounts.create(Roles.OFFICER, "GM0106");
        long annas = fixtures.submittedInAssen("Lena Kowalska");
        long bens = fixtures.submittedInAssen("Oksana Hrytsenko");
        long nobodys = fixtures.submittedInAssen("Julia Santos");
        TestAccounts.signIn(anna);
        officers.assign(annas, anna.id());
        officers.assign(bens, ben.id());

        assertThat(ids(MINE)).as("anna's own, and nothing else").containsExactly(annas);
        assertThat(officers.count(MINE)).isEqualTo(1);
        assertThat(ids(UNASSIGNED)).contains(nobodys).doesNotContain(annas, bens);
        assertThat(officers.worklist(UNASSIGNED, 0, 500)).allSatisfy(r -> assertThat(r.assigneeId()).isNull());
        assertThat(officers.count(UNASSIGNED)).isEqualTo(ids(UNASSIGNED).size());
        assertThat(ids(EVERYONE)).contains(annas, bens, nobodys);
        assertThat(officers.count(EVERYONE)).as("everyone's: hers, the unassigned and at least ben's")
                .isEqualTo(officers.count(WorklistFilter.ALL))
                .isGreaterThanOrEqualTo(officers.count(MINE) + officers.count(UNASSIGNED) + 1);

        TestAccounts.signIn(ben);
        assertThat(ids(MINE)).containsExactly(bens);
        TestAccounts.signIn(accounts.create(Roles.OFFICER, "GM1690"));
        assertThat(ids(EVERYONE)).as("De Wolden's worklist holds nothing of Assen's")
                .doesNotContain(annas, bens, nobodys);
        assertThat(ids(MINE)).isEmpty();
    }

    @Test
    void nobody_outside_the_municipality_can_be_given_a_request_or_assign_one() {
        long request = fixtures.submittedInAssen("Petra Dimitrova");
        SignedInUser assen = accounts.create(Roles.OFFICER, "GM0106");
        SignedInUser deWolden = accounts.create(Roles.OFFICER, "GM1690");
        SignedInUser ggd = accounts.create(Roles.GGD, null);

        TestAccounts.signIn(assen);
        assertThat(officers.colleagues()).extracting(Colleague::id).doesNotContain(deWolden.id(), ggd.id());
        assertThatThrownBy(() -> officers.assign(request, deWolden.id())).isInstanceOf(Refusal.class)
                .hasMessage("recognition.error.not-a-colleague");
        assertThatThrownBy(() -> officers.assign(request, ggd.id())).isInstanceOf(Refusal.class)
                .hasMessage("recognition.error.not-a-colleague");
        assertThat(officers.assigneeOf(request)).isEmpty();

        TestAccounts.signIn(deWolden);
        assertThatThrownBy(() -> officers.assign(request, deWolden.id())).as("another municipality's request")
                .isInstanceOf(Refusal.class).hasMessage("error.not-found");
        assertThat(ids(UNASSIGNED)).doesNotContain(request);

        TestAccounts.signIn(ggd);
        assertThatThrownBy(() -> officers.assign(request, ggd.id())).isInstanceOf(AccessDeniedException.class);
        TestAccounts.signIn(assen);
        assertThat(officers.assigneeOf(request)).isEmpty();
    }

    @Test
    void while_assigned_a_workers_message_alerts_the_assignee_alone_and_once_released_every_officer() {
        SignedInUser anna = accounts.create(Roles.OFFICER, "GM0106");
        SignedInUser ben = accounts.create(Roles.OFFICER, "GM0106");
        SignedInUser worker = fixtures.signedInWorker();
        long request = workers.submit(new NewRequest(RecognitionFixtures.identity("Rosa Lima", "9401 AB"), null));

        TestAccounts.signIn(anna);
        officers.assign(request, ben.id());
        TestAccounts.signIn(worker);
        workers.sendMessage("Kan het gesprek later?");
        await().atMost(Duration.ofSeconds(30)).until(() -> !alerts(ben, "WORKER_MESSAGE").isEmpty());
        // both alerts are written in one transaction: had anna been meant, hers would be there by now
        assertThat(alerts(anna, "WORKER_MESSAGE")).isEmpty();

        TestAccounts.signIn(ben);
        officers.assign(request, null);
        TestAccounts.signIn(worker);
        workers.sendMessage("Nog een vraag");
        await().atMost(Duration.ofSeconds(30)).until(() -> !alerts(anna, "WORKER_MESSAGE").isEmpty());
        assertThat(alerts(ben, "WORKER_MESSAGE")).hasSize(2);
    }
}
