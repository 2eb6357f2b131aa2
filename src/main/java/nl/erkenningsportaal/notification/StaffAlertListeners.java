package nl.erkenningsportaal.notification;

import java.util.List;
import nl.erkenningsportaal.account.AccountContacts;
import nl.erkenningsportaal.platform.Roles;
import nl.erkenningsportaal.consultation.BookingCancelledLate;
import nl.erkenningsportaal.consultation.SessionFull;
import nl.erkenningsportaal.recognition.IntakeDue;
import nl.erkenningsportaal.recognition.MoveReported;
import nl.erkenningsportaal.recognition.ObjectionLodged;
import nl.erkenningsportaal.recognition.RecognitionExpiring;
import nl.erkenningsportaal.recognition.RequestAssigned;
import nl.erkenningsportaal.recognition.RequestAssignees;
import nl.erkenningsportaal.recognition.RequestSubmitted;
import nl.erkenningsportaal.recognition.WorkerMessageSent;
import nl.erkenningsportaal.outreach.FollowUpAssigned;
import nl.erkenningsportaal.signal.CaseAssigned;
import nl.erkenningsportaal.signal.SignalEscalated;
import nl.erkenningsportaal.signal.Urgency;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Turns what happens in the other modules into alerts for the staff whose work it is: the regional coordinator for an
 * escalated signal (an immediate one always at once), the officers of the municipality for what a request needs, the
 * GGD for its sessions. Each listener runs after the other module's transaction committed, in a transaction of its
 * own; Spring Modulith's event publication registry keeps the event until it succeeded, so every node may run them
 * and each event is handled once.
 * A lodged objection alerts the officers of the request's municipality; a reported move those of the municipality
 * that acts on it (her own for a move within it, the receiving one for a transfer).
 */
@Component
class StaffAlertListeners {

    private final StaffAlerts alerts;
    private final AccountContacts contacts;
    private final RequestAssignees assignees;

    StaffAlertListeners(StaffAlerts alerts, AccountContacts contacts, RequestAssignees assignees) {
        this.alerts = alerts;
        this.contacts = contacts;
        this.assignees = assignees;
    }

    @ApplicationModuleListener
    void on(SignalEscalated e) {
        AlertKind kind = e.urgency() == Urgency.IMMEDIATE ? AlertKind.SIGNAL_IMMEDIATE : AlertKind.SIGNAL_ESCALATED;
        alerts.raise(kind, contacts.activeStaff(Roles.COORDINATOR, null), e.signalId(), e.municipalityId());
    }

    @ApplicationModuleListener
    void on(RequestSubmitted e) {
        if (e.workerAccountId() == 0) {
            return; // registered at the door by an officer of the municipality: nothing new for its officers
        }
        aboutRequest(AlertKind.REQUEST_SUBMITTED, e.requestId(), e.municipalityId());
    }

    @ApplicationModuleListener
    void on(RequestAssigned e) {
        List<Long> officers = contacts.activeStaff(Roles.OFFICER, e.municipalityId());
        alerts.raise(AlertKind.REQUEST_ASSIGNED,
                officers.contains(e.assigneeId()) ? List.of(e.assigneeId()) : List.of(), e.requestId(),
                e.municipalityId());
    }

    /** A follow-up given to a colleague alerts her alone, while she is an enabled officer of the municipality. */
    @ApplicationModuleListener
    void on(FollowUpAssigned e) {
        alerts.raise(AlertKind.FOLLOW_UP_ASSIGNED,
                contacts.activeStaff(Roles.OFFICER, e.municipalityId()).contains(e.assigneeId())
                        ? List.of(e.assigneeId()) : List.of(), e.visitId(), e.municipalityId());
    }

    /** A case given to a fellow coordinator alerts her alone, while she is an enabled coordinator. */
    @ApplicationModuleListener
    void on(CaseAssigned e) {
        alerts.raise(AlertKind.CASE_ASSIGNED, contacts.activeStaff(Roles.COORDINATOR, null).contains(e.assigneeId())
                ? List.of(e.assigneeId()) : List.of(), e.signalId(), e.municipalityId());
    }

    @ApplicationModuleListener
    void on(WorkerMessageSent e) {
        aboutRequest(AlertKind.WORKER_MESSAGE, e.requestId(), e.municipalityId());
    }

    @ApplicationModuleListener
    void on(IntakeDue e) {
        aboutRequest(AlertKind.INTAKE_DUE, e.requestId(), e.municipalityId());
    }

    @ApplicationModuleListener
    void on(RecognitionExpiring e) {
        aboutRequest(AlertKind.RECOGNITION_EXPIRING, e.requestId(), e.municipalityId());
    }

    @ApplicationModuleListener
    void on(SessionFull e) {
        alerts.raise(AlertKind.SESSION_FULL, contacts.activeStaff(Roles.GGD, null), e.sessionId(), null);
    }

    @ApplicationModuleListener
    void on(BookingCancelledLate e) {
        alerts.raise(AlertKind.BOOKING_CANCELLED_LATE, contacts.activeStaff(Roles.GGD, null), e.sessionId(), null);
    }

    @ApplicationModuleListener
    void on(MoveReported e) {
        aboutRequest(AlertKind.MOVE_REPORTED, e.requestId(), e.actingMunicipalityId());
    }

    @ApplicationModuleListener
    void on(ObjectionLodged e) {
        aboutRequest(AlertKind.OBJECTION_LODGED, e.requestId(), e.municipalityId());
    }

    /**
     * A request's alert goes to the officer it is assigned to, while she is an enabled officer of its municipality;
     * otherwise to every officer of the municipality.
     */
    private void aboutRequest(AlertKind kind, long requestId, String municipalityId) {
        alerts.raise(kind, officersFor(requestId, municipalityId), requestId, municipalityId);
    }

    List<Long> officersFor(long requestId, String municipalityId) {
        List<Long> officers = contacts.activeStaff(Roles.OFFICER, municipalityId);
        return assignees.assigneeOf(requestId).filter(officers::contains).map(List::of).orElse(officers);
    }
}
