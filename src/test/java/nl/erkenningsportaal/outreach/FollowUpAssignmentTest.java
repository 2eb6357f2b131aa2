package nl.erkenningsportaal.outreach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
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
 * A visit's follow-up is owned by one officer of the visit's municipality: it moves from "unassigned" to her "mine",
 * its history and the audit trail say who gave it to whom, and nobody outside the municipality can give or be given it.
 */
@IntegrationTest
class FollowUpAssignmentTest {

    @Autowired
    OutreachService outreach;

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

    long visitWithFollowUpToday() {
        return outreach.recordVisit(new NewVisit("Stationsstraat 3, Assen", LocalDateTime.now().minusHours(1), null,
                "es", Outcome.INFORMED, LocalDate.now(), null));
    }

    List<Long> due(Whose whose) {
        return outreach.followUpsDue(whose).stream().map(Visit::id).toList();
    }

    @Test
    void an_officer_gives_a_follow_up_to_a_colleague_who_is_alerted_finds_it_under_mine_and_the_history_says_so() {
        SignedInUser anna = accounts.signInAs(Roles.OFFICER, "GM0106");
        SignedInUser ben = accounts.create(Roles.OFFICER, "GM0106");
        long visit = visitWithFollowUpToday();
        assertThat(due(Whose.UNASSIGNED)).contains(visit);
        assertThat(due(Whose.MINE)).doesNotContain(visit);
        assertThat(outreach.colleagues()).extracting(StaffMember::id).contains(anna.id(), ben.id());

        outreach.assignFollowUp(visit, ben.id());
        assertThat(due(Whose.UNASSIGNED)).doesNotContain(visit);
        assertThat(due(Whose.MINE)).as("anna gave it away").doesNotContain(visit);
        assertThat(due(Whose.EVERYONE)).contains(visit);
        assertThat(outreach.visit(visit).assigneeId()).isEqualTo(ben.id());

        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30))
                .until(() -> !alerts(ben, "FOLLOW_UP_ASSIGNED").isEmpty());
        assertThat(alerts(ben, "FOLLOW_UP_ASSIGNED")).as("ben is told").containsExactly(visit);
        assertThat(alerts(anna, "FOLLOW_UP_ASSIGNED")).as("who assigns is not alerted").isEmpty();

        TestAccounts.signIn(ben);
        assertThat(due(Whose.MINE)).contains(visit);
        outreach.assignFollowUp(visit, null);
        assertThat(due(Whose.MINE)).doesNotContain(visit);
        assertThat(due(Whose.UNASSIGNED)).contains(visit);
        assertThat(outreach.followUpHistory(visit)).extracting(AssignmentChange::assigneeId, AssignmentChange::changedBy)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ben.id(), anna.id()),
                        org.assertj.core.groups.Tuple.tuple(null, ben.id()));

        accounts.signInAs(Roles.ADMIN, null);
        assertThat(audit.forSubject("VISIT", Long.toString(visit)))
                .filteredOn(e -> e.action() == AuditAction.ASSIGNMENT_CHANGED).hasSize(2);
    }

    @Test
    void a_done_follow_up_leaves_mine() {
        SignedInUser anna = accounts.signInAs(Roles.OFFICER, "GM0106");
        long visit = visitWithFollowUpToday();
        outreach.assignFollowUp(visit, anna.id());
        assertThat(due(Whose.MINE)).contains(visit);
        outreach.clearFollowUp(visit);
        assertThat(due(Whose.MINE)).doesNotContain(visit);
    }

    @Test
    void nobody_outside_the_municipality_can_be_given_a_follow_up_or_give_one() {
        SignedInUser assen = accounts.signInAs(Roles.OFFICER, "GM0106");
        SignedInUser deWolden = accounts.create(Roles.OFFICER, "GM1690");
        SignedInUser ggd = accounts.create(Roles.GGD, null);
        long visit = visitWithFollowUpToday();
        assertThat(outreach.colleagues()).extracting(StaffMember::id).doesNotContain(deWolden.id(), ggd.id());
        assertThatThrownBy(() -> outreach.assignFollowUp(visit, deWolden.id())).isInstanceOf(Refusal.class)
                .hasMessage("outreach.error.not-a-colleague");
        assertThatThrownBy(() -> outreach.assignFollowUp(visit, ggd.id())).isInstanceOf(Refusal.class)
                .hasMessage("outreach.error.not-a-colleague");

        TestAccounts.signIn(deWolden);
        assertThatThrownBy(() -> outreach.assignFollowUp(visit, deWolden.id())).as("another municipality's visit")
                .hasMessage("error.not-found");
        assertThatThrownBy(() -> outreach.followUpHistory(visit)).hasMessage("error.not-found");
        assertThat(due(Whose.UNASSIGNED)).doesNotContain(visit);
        assertThat(due(Whose.EVERYONE)).doesNotContain(visit);

        TestAccounts.signIn(ggd);
        assertThatThrownBy(() -> outreach.assignFollowUp(visit, ggd.id())).isInstanceOf(AccessDeniedException.class);
        TestAccounts.signIn(assen);
        assertThat(outreach.visit(visit).assigneeId()).isNull();
        assertThat(outreach.followUpHistory(visit)).isEmpty();
    }
}
