package nl.erkenningsportaal.signal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.erkenningsportaal.account.AccountContacts;
import nl.erkenningsportaal.account.CurrentUser;
import nl.erkenningsportaal.account.StaffMember;
import nl.erkenningsportaal.platform.AssignmentChange;
import nl.erkenningsportaal.platform.Whose;
import org.jspecify.annotations.Nullable;
import nl.erkenningsportaal.account.SignedInUser;
import nl.erkenningsportaal.audit.AccessReason;
import nl.erkenningsportaal.audit.AuditAction;
import nl.erkenningsportaal.audit.AuditService;
import nl.erkenningsportaal.audit.StatedReason;
import nl.erkenningsportaal.outreach.OutreachService;
import nl.erkenningsportaal.platform.FreeText;
import nl.erkenningsportaal.platform.Refusal;
import nl.erkenningsportaal.platform.Roles;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Officers raise and escalate signals of their own municipality and follow them; the regional coordinator works the
 * escalated signals of the region as cases and may open the identity behind a linked request (audited). No one
 * deletes a signal: only the retention job erases a case the region's term after it was closed (or, never
 * escalated, after it was raised); the database refuses to delete an open case.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasAnyRole('" + Roles.OFFICER + "', '" + Roles.COORDINATOR + "')")
public class SignalService {

    private static final String REGION = "DRENTHE";

    private final SignalStore store;
    private final OutreachService outreach;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final ObjectProvider<LinkedIdentityProvider> identities;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final AccountContacts contacts;

    SignalService(SignalStore store, OutreachService outreach, CurrentUser currentUser, AuditService audit,
            ObjectProvider<LinkedIdentityProvider> identities, ApplicationEventPublisher events, Clock clock,
            AccountContacts contacts) {
        this.contacts = contacts;
        this.store = store;
        this.outreach = outreach;
        this.currentUser = currentUser;
        this.audit = audit;
        this.identities = identities;
        this.events = events;
        this.clock = clock;
    }

    // ---- officers

    @Transactional
    @PreAuthorize("hasRole('" + Roles.OFFICER + "')")
    public long raise(NewSignal s) {
        if (s.indicators().isEmpty() && (s.description() == null || s.description().isBlank())) {
            throw new Refusal("signal.error.empty");
        }
        String municipality = officerMunicipality();
        // a signal links only a request or visit of the officer's own municipality (the coordinator may later open
        // the identity behind the request, so a foreign id must not slip in)
        Long requestId = s.requestId();
        if (requestId != null
                && identities.stream().noneMatch(p -> p.isRequestOf(requestId.longValue(), municipality))) {
            throw new Refusal("error.not-found");
        }
        if (s.visitId() != null) {
            outreach.ownVisit(s.visitId());
        }
        long id = store.insert(municipality, REGION, currentUser.require().id(), now(), s,
                s.description() == null || s.description().isBlank() ? null
                        : FreeText.lines(s.description(), NewSignal.TEXT_MAX, "signal.description"));
        events.publishEvent(new SignalRaised(id, municipality));
        return id;
    }

    /** Sends the signal to the regional coordinator. */
    @Transactional
    @PreAuthorize("hasRole('" + Roles.OFFICER + "')")
    public void escalate(long signalId) {
        if (!store.escalate(signalId, officerMunicipality(), now())) {
            get(signalId);
            throw new Refusal("signal.error.already-escalated");
        }
        events.publishEvent(new SignalEscalated(signalId, officerMunicipality(), get(signalId).urgency()));
    }

    /** The officer's own municipality's signals with their status; the coordinator's escalated signals of the region. */
    public List<SignalCase> signals() {
        SignedInUser user = currentUser.require();
        if (user.hasRole(Roles.COORDINATOR)) {
            return store.escalatedIn(region(user));
        }
        return store.ofMunicipality(officerMunicipality());
    }

    /** One signal: of the officer's municipality, or escalated in the coordinator's region; otherwise not found. */
    public SignalCase get(long signalId) {
        SignedInUser user = currentUser.require();
        Optional<SignalCase> found = user.hasRole(Roles.COORDINATOR)
                ? store.escalatedIn(signalId, region(user))
                : store.ofMunicipality(signalId, officerMunicipality());
        return found.orElseThrow(() -> new Refusal("error.not-found"));
    }

    @Transactional
    public void addNote(long signalId, String text) {
        get(signalId);
        store.addNote(signalId, now(), currentUser.require().role(), FreeText.lines(text, NewSignal.TEXT_MAX, "signal.note"));
    }

    // ---- coordinator

    @Transactional
    @PreAuthorize("hasRole('" + Roles.COORDINATOR + "')")
    public void setStatus(long signalId, CaseStatus status) {
        if (status == CaseStatus.RAISED) {
            throw new Refusal("signal.error.status");
        }
        get(signalId);
        store.setStatus(signalId, status, now());
    }

    @Transactional
    @PreAuthorize("hasRole('" + Roles.COORDINATOR + "')")
    public void handOver(long signalId, Handover to, LocalDate date) {
        SignalCase s = get(signalId);
        if (FreeText.plausible(date).isAfter(LocalDate.now(clock))) {
            throw new Refusal("signal.error.future");
        }
        store.handOver(signalId, to, date, now());
        events.publishEvent(new SignalHandedOver(signalId, s.municipalityId(), to));
    }

    /**
     * The identity behind the request linked to an escalated signal, opened for a reason the coordinator chooses
     * (the signal itself, or handing it over) with an optional explanation; refused without one. Audited with the
     * reason and the signal; the worker sees when, which role and why.
     */
    @Transactional
    @PreAuthorize("hasRole('" + Roles.COORDINATOR + "')")
    public Optional<LinkedIdentity> linkedIdentity(long signalId, StatedReason reason) {
        SignalCase s = get(signalId);
        StatedReason why = reason.requireOneOf(AccessReason.FOR_COORDINATORS);
        if (s.requestId() == null) {
            return Optional.empty();
        }
        audit.record(AuditAction.SIGNAL_IDENTITY_VIEWED, "REQUEST", Long.toString(s.requestId()),
                why.auditText("signal " + signalId));
        return identities.stream().findFirst().flatMap(p -> p.identityOfRequest(s.requestId(), s.municipalityId()));
    }

    // ---- assignment (coordinators: who works which escalated case)

    /** The region's escalated cases of {@code whose}: the coordinator's own, those nobody works yet, or all. */
    @PreAuthorize("hasRole('" + Roles.COORDINATOR + "')")
    public List<SignalCase> cases(Whose whose) {
        SignedInUser user = currentUser.require();
        return store.escalatedIn(region(user), whose, user.id());
    }

    /** The enabled coordinators of the region (the signed-in one included): whom a case can go to. */
    @PreAuthorize("hasRole('" + Roles.COORDINATOR + "')")
    public List<StaffMember> coordinators() {
        return contacts.myFellowCoordinators();
    }

    /**
     * Gives an escalated case of the region to a coordinator of the region, or with {@code null} releases it. The
     * case's history and the audit trail say so, and a fellow coordinator it is given to is alerted; anyone who is not an enabled coordinator of the region is refused.
     */
    @Transactional
    @PreAuthorize("hasRole('" + Roles.COORDINATOR + "')")
    public void assign(long signalId, @Nullable Long coordinatorId) {
        SignalCase s = get(signalId);
        if (Objects.equals(s.assigneeId(), coordinatorId)) {
            return;
        }
        if (coordinatorId != null
                && contacts.myFellowCoordinators().stream().noneMatch(c -> c.id() == coordinatorId)) {
            throw new Refusal("signal.error.not-a-coordinator");
        }
        long me = currentUser.require().id();
        store.assign(signalId, coordinatorId, me, now());
        audit.assignmentChanged("SIGNAL", signalId, s.assigneeId(), coordinatorId, null);
        if (coordinatorId != null && coordinatorId != me) {
            events.publishEvent(new CaseAssigned(signalId, s.municipalityId(), coordinatorId, me));
        }
    }

    /** Who the case was given to, and by whom, oldest first. */
    @PreAuthorize("hasRole('" + Roles.COORDINATOR + "')")
    public List<AssignmentChange> assignmentHistory(long signalId) {
        return store.assignments(get(signalId).id());
    }

    // ----

    private String officerMunicipality() {
        String m = currentUser.require().municipalityId();
        if (m == null) {
            throw new Refusal("error.not-found");
        }
        return m;
    }

    private static String region(SignedInUser user) {
        return user.region() == null ? "" : user.region();
    }

    private LocalDateTime now() {
        return LocalDateTime.ofInstant(Instant.now(clock), ZoneOffset.UTC);
    }
}
