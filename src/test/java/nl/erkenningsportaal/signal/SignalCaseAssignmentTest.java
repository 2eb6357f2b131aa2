package nl.erkenningsportaal.signal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import java.util.Set;
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
 * The regional coordinators work escalated signal cases: a case goes from "unassigned" to one coordinator's "mine",
 * its history and the audit trail say who gave it to whom, and no officer can give or be given a case.
 */
@IntegrationTest
class SignalCaseAssignmentTest {

    @Autowired
    SignalService signals;

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

    long escalatedFromAssen() {
        accounts.signInAs(Roles.OFFICER, "GM0106");
        long id = signals.raise(new NewSignal(null, null, Set.of(Indicator.FEAR), null, Urgency.HIGH));
        signals.escalate(id);
        return id;
    }

    List<Long> cases(Whose whose) {
        return signals.cases(whose).stream().map(SignalCase::id).toList();
    }

    @Test
    void a_coordinator_gives_a_case_to_a_fellow_who_is_alerted_finds_it_under_mine_and_the_history_says_so() {
        long signal = escalatedFromAssen();
        SignedInUser carla = accounts.signInAs(Roles.COORDINATOR, null);
        SignedInUser dirk = accounts.create(Roles.COORDINATOR, null);
        assertThat(cases(Whose.UNASSIGNED)).contains(signal);
        assertThat(signals.coordinators()).extracting(StaffMember::id).contains(carla.id(), dirk.id());

        signals.assign(signal, dirk.id());
        assertThat(cases(Whose.UNASSIGNED)).doesNotContain(signal);
        assertThat(cases(Whose.MINE)).doesNotContain(signal);
        assertThat(cases(Whose.EVERYONE)).contains(signal);
        assertThat(signals.get(signal).assigneeId()).isEqualTo(dirk.id());

        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30))
                .until(() -> !alerts(dirk, "CASE_ASSIGNED").isEmpty());
        assertThat(alerts(dirk, "CASE_ASSIGNED")).as("dirk is told").containsExactly(signal);
        assertThat(alerts(carla, "CASE_ASSIGNED")).as("who assigns is not alerted").isEmpty();

        TestAccounts.signIn(dirk);
        assertThat(cases(Whose.MINE)).contains(signal);
        signals.assign(signal, null);
        assertThat(cases(Whose.MINE)).doesNotContain(signal);
        assertThat(signals.assignmentHistory(signal)).extracting(AssignmentChange::assigneeId,
                AssignmentChange::changedBy).containsExactly(tuple(dirk.id(), carla.id()), tuple(null, dirk.id()));

        accounts.signInAs(Roles.ADMIN, null);
        assertThat(audit.forSubject("SIGNAL", Long.toString(signal)))
                .filteredOn(e -> e.action() == AuditAction.ASSIGNMENT_CHANGED).hasSize(2);
    }

    @Test
    void an_officer_can_neither_give_nor_be_given_a_case() {
        long signal = escalatedFromAssen();
        SignedInUser officer = accounts.create(Roles.OFFICER, "GM0106");
        accounts.signInAs(Roles.COORDINATOR, null);
        assertThat(signals.coordinators()).extracting(StaffMember::id).doesNotContain(officer.id());
        assertThatThrownBy(() -> signals.assign(signal, officer.id())).isInstanceOf(Refusal.class)
                .hasMessage("signal.error.not-a-coordinator");

        TestAccounts.signIn(officer);
        assertThatThrownBy(() -> signals.assign(signal, officer.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> signals.cases(Whose.UNASSIGNED)).isInstanceOf(AccessDeniedException.class);
        accounts.signInAs(Roles.GGD, null);
        assertThatThrownBy(() -> signals.assignmentHistory(signal)).isInstanceOf(AccessDeniedException.class);

        accounts.signInAs(Roles.COORDINATOR, null);
        assertThat(signals.get(signal).assigneeId()).isNull();
        assertThat(signals.assignmentHistory(signal)).isEmpty();
    }
}
