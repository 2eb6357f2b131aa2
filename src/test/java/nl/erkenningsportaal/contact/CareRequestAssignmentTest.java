package nl.erkenningsportaal.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import nl.erkenningsportaal.IntegrationTest;
import nl.erkenningsportaal.account.SignedInUser;
import nl.erkenningsportaal.account.StaffMember;
import nl.erkenningsportaal.account.TestAccounts;
import nl.erkenningsportaal.audit.AuditAction;
import nl.erkenningsportaal.audit.AuditService;
import nl.erkenningsportaal.platform.AssignmentChange;
import nl.erkenningsportaal.platform.Refusal;
import nl.erkenningsportaal.platform.Roles;
import nl.erkenningsportaal.platform.Whose;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * A care request to the officers is owned by one officer of its municipality: "unassigned" to "mine", a closed one
 * leaves her open list, the history and the audit trail say who gave it to whom, and neither another municipality nor
 * the GGD can give or be given it.
 */
@IntegrationTest
class CareRequestAssignmentTest {

    @Autowired
    CareTaskService tasks;

    @Autowired
    WorkerCareService workers;

    @Autowired
    TestAccounts accounts;

    @Autowired
    AuditService audit;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    List<Long> alerts(SignedInUser staff, String kind) {
        return jdbc.queryForList("SELECT subject_id FROM staff_alert WHERE account_id = ? AND kind = ?", Long.class,
                staff.id(), kind);
    }

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    long exitRequestToAssen() {
        accounts.signInAs(Roles.WORKER, null);
        return workers.ask(new NewCareRequest(CareTopic.EXIT, "GM0106", "nl", ContactMethod.PHONE, "0612345678",
                "Bel mij na vijven"));
    }

    List<Long> open(Whose whose) {
        return tasks.tasksOf(whose, true).stream().map(CareTask::id).toList();
    }

    @Test
    void a_colleague_given_a_care_request_is_alerted_and_an_officer_who_takes_it_finds_it_under_mine_until_closed() {
        long request = exitRequestToAssen();
        SignedInUser anna = accounts.signInAs(Roles.OFFICER, "GM0106");
        SignedInUser ben = accounts.create(Roles.OFFICER, "GM0106");
        assertThat(open(Whose.UNASSIGNED)).contains(request);
        assertThat(tasks.colleagues()).extracting(StaffMember::id).contains(anna.id(), ben.id());

        tasks.assign(request, ben.id());
        assertThat(open(Whose.UNASSIGNED)).doesNotContain(request);
        assertThat(open(Whose.MINE)).doesNotContain(request);
        assertThat(open(Whose.EVERYONE)).contains(request);
        assertThat(tasks.tasks(true)).filteredOn(t -> t.id() == request).singleElement()
                .extracting(CareTask::assigneeId).isEqualTo(ben.id());

        assertThat(alerts(ben, "CARE_REQUEST_ASSIGNED")).as("ben is told").containsExactly(request);

        tasks.assign(request, anna.id());
        assertThat(open(Whose.MINE)).contains(request);
        assertThat(alerts(anna, "CARE_REQUEST_ASSIGNED")).as("taking it oneself alerts nobody").isEmpty();
        tasks.close(request);
        assertThat(open(Whose.MINE)).doesNotContain(request);
        assertThat(tasks.tasksOf(Whose.MINE, false)).extracting(CareTask::id).contains(request);
        assertThat(tasks.assignmentHistory(request)).extracting(AssignmentChange::assigneeId,
                AssignmentChange::changedBy).containsExactly(tuple(ben.id(), anna.id()), tuple(anna.id(), anna.id()));

        accounts.signInAs(Roles.ADMIN, null);
        assertThat(audit.forSubject("CARE_REQUEST", Long.toString(request)))
                .filteredOn(e -> e.action() == AuditAction.ASSIGNMENT_CHANGED).hasSize(2);
    }

    @Test
    void neither_another_municipality_nor_the_ggd_can_give_or_be_given_a_care_request() {
        long request = exitRequestToAssen();
        SignedInUser assen = accounts.signInAs(Roles.OFFICER, "GM0106");
        SignedInUser deWolden = accounts.create(Roles.OFFICER, "GM1690");
        SignedInUser ggd = accounts.create(Roles.GGD, null);
        assertThat(tasks.colleagues()).extracting(StaffMember::id).doesNotContain(deWolden.id(), ggd.id());
        assertThatThrownBy(() -> tasks.assign(request, deWolden.id())).isInstanceOf(Refusal.class)
                .hasMessage("contact.error.not-a-colleague");
        assertThatThrownBy(() -> tasks.assign(request, ggd.id())).isInstanceOf(Refusal.class)
                .hasMessage("contact.error.not-a-colleague");

        TestAccounts.signIn(deWolden);
        assertThatThrownBy(() -> tasks.assign(request, deWolden.id())).hasMessage("error.not-found");
        assertThatThrownBy(() -> tasks.assignmentHistory(request)).hasMessage("error.not-found");
        assertThat(open(Whose.UNASSIGNED)).doesNotContain(request);

        TestAccounts.signIn(ggd);
        assertThatThrownBy(() -> tasks.assign(request, ggd.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> tasks.tasksOf(Whose.UNASSIGNED, true)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> tasks.colleagues()).isInstanceOf(AccessDeniedException.class);

        TestAccounts.signIn(assen);
        assertThat(tasks.assigneeOf(request)).isEmpty();
        assertThat(tasks.assignmentHistory(request)).isEmpty();
    }
}
