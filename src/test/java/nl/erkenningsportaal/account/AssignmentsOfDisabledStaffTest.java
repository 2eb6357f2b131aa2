package nl.erkenningsportaal.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Set;
import nl.erkenningsportaal.IntegrationTest;
import nl.erkenningsportaal.contact.CareTask;
import nl.erkenningsportaal.contact.CareTaskService;
import nl.erkenningsportaal.contact.CareTopic;
import nl.erkenningsportaal.contact.ContactMethod;
import nl.erkenningsportaal.contact.NewCareRequest;
import nl.erkenningsportaal.contact.WorkerCareService;
import nl.erkenningsportaal.outreach.NewVisit;
import nl.erkenningsportaal.outreach.Outcome;
import nl.erkenningsportaal.outreach.OutreachService;
import nl.erkenningsportaal.outreach.Visit;
import nl.erkenningsportaal.platform.AssignmentChange;
import nl.erkenningsportaal.platform.Roles;
import nl.erkenningsportaal.platform.Whose;
import nl.erkenningsportaal.recognition.HistoryEntry;
import nl.erkenningsportaal.recognition.OfficerRecognitionService;
import nl.erkenningsportaal.recognition.RecognitionFixtures;
import nl.erkenningsportaal.recognition.RequestSummary;
import nl.erkenningsportaal.recognition.WorklistFilter;
import nl.erkenningsportaal.signal.Indicator;
import nl.erkenningsportaal.signal.NewSignal;
import nl.erkenningsportaal.signal.SignalCase;
import nl.erkenningsportaal.signal.SignalService;
import nl.erkenningsportaal.signal.Urgency;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What a disabled staff member owned goes back to "unassigned" (issue 20): otherwise her colleagues would find it
 * only under "everyone's", owned by a former colleague, and never under "unassigned". The histories say who released
 * it (the administrator); what others own stays theirs.
 */
@IntegrationTest
class AssignmentsOfDisabledStaffTest {

    @Autowired
    TestAccounts accounts;

    @Autowired
    AccountService accountService;

    @Autowired
    RecognitionFixtures fixtures;

    @Autowired
    OfficerRecognitionService officers;

    @Autowired
    OutreachService outreach;

    @Autowired
    CareTaskService tasks;

    @Autowired
    WorkerCareService workers;

    @Autowired
    SignalService signals;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @Test
    void disabling_an_officer_or_a_coordinator_hands_what_they_owned_back_to_unassigned_with_the_history() {
        long request = fixtures.submittedInAssen("Irina Popa");
        long annasRequest = fixtures.submittedInAssen("Maria Costa");
        accounts.signInAs(Roles.WORKER, null);
        long care = workers.ask(new NewCareRequest(CareTopic.EXIT, "GM0106", "nl", ContactMethod.PHONE, "0612345678",
                null));
        SignedInUser anna = accounts.signInAs(Roles.OFFICER, "GM0106");
        SignedInUser ben = accounts.create(Roles.OFFICER, "GM0106");
        long visit = outreach.recordVisit(new NewVisit("Stationsstraat 3, Assen", LocalDateTime.now().minusHours(1),
                null, "es", Outcome.INFORMED, LocalDate.now(), null));
        long signal = signals.raise(new NewSignal(null, null, Set.of(Indicator.FEAR), null, Urgency.HIGH));
        signals.escalate(signal);
        officers.assign(request, ben.id());
        officers.assign(annasRequest, anna.id());
        outreach.assignFollowUp(visit, ben.id());
        tasks.assign(care, ben.id());
        SignedInUser carla = accounts.signInAs(Roles.COORDINATOR, null);
        SignedInUser dirk = accounts.create(Roles.COORDINATOR, null);
        signals.assign(signal, dirk.id());

        SignedInUser admin = accounts.signInAs(Roles.ADMIN, null);
        accountService.setEnabled(ben.id(), false);
        accountService.setEnabled(dirk.id(), false);

        TestAccounts.signIn(anna);
        WorklistFilter unassigned = new WorklistFilter(Set.of(), null, Whose.UNASSIGNED);
        assertThat(officers.worklist(unassigned, 0, 1000)).extracting(RequestSummary::id).contains(request)
                .doesNotContain(annasRequest);
        assertThat(officers.assigneeOf(request)).isEmpty();
        assertThat(officers.assigneeOf(annasRequest)).as("anna's stays hers").contains(anna.id());
        assertThat(officers.assignmentHistory(request)).extracting(AssignmentChange::assigneeId,
                AssignmentChange::changedBy).last().isEqualTo(org.assertj.core.groups.Tuple.tuple(null, admin.id()));
        assertThat(officers.details(request).history()).extracting(HistoryEntry::kind).last().isEqualTo("UNASSIGNED");
        assertThat(outreach.followUpsDue(Whose.UNASSIGNED)).extracting(Visit::id).contains(visit);
        assertThat(outreach.followUpHistory(visit)).last().satisfies(c -> {
            assertThat(c.assigneeId()).isNull();
            assertThat(c.changedBy()).isEqualTo(admin.id());
        });
        assertThat(tasks.tasksOf(Whose.UNASSIGNED, true)).extracting(CareTask::id).contains(care);
        assertThat(tasks.assignmentHistory(care)).last().satisfies(c -> assertThat(c.assigneeId()).isNull());

        TestAccounts.signIn(carla);
        assertThat(signals.cases(Whose.UNASSIGNED)).extracting(SignalCase::id).contains(signal);
        assertThat(signals.assignmentHistory(signal)).last().satisfies(c -> {
            assertThat(c.assigneeId()).isNull();
            assertThat(c.changedBy()).isEqualTo(admin.id());
        });
    }
}
