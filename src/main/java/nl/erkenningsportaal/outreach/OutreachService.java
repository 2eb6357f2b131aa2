package nl.erkenningsportaal.outreach;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.erkenningsportaal.account.AccountContacts;
import nl.erkenningsportaal.account.CurrentUser;
import nl.erkenningsportaal.account.StaffMember;
import nl.erkenningsportaal.audit.AuditService;
import nl.erkenningsportaal.platform.AssignmentChange;
import nl.erkenningsportaal.platform.FreeText;
import nl.erkenningsportaal.platform.Refusal;
import nl.erkenningsportaal.platform.Roles;
import nl.erkenningsportaal.platform.Whose;
import nl.erkenningsportaal.privacy.ProcessingRegister;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Outreach of the officer's own municipality only: every query is filtered by it, and an id of another
 * municipality is "not found".
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('" + Roles.OFFICER + "')")
public class OutreachService {

    private final OutreachStore store;
    private final ObjectProvider<RequestLinks> requests;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final ProcessingRegister register;
    private final Clock clock;
    private final AccountContacts contacts;
    private final AuditService audit;

    OutreachService(OutreachStore store, ObjectProvider<RequestLinks> requests, CurrentUser currentUser,
            ApplicationEventPublisher events, ProcessingRegister register, Clock clock, AccountContacts contacts,
            AuditService audit) {
        this.contacts = contacts;
        this.audit = audit;
        this.store = store;
        this.requests = requests;
        this.currentUser = currentUser;
        this.events = events;
        this.register = register;
        this.clock = clock;
    }

    @Transactional
    public long recordAdvertisement(Platform platform, String reference, LocalDate firstSeen, LocalDate lastSeen) {
        FreeText.plausible(firstSeen);
        FreeText.plausible(lastSeen);
        if (lastSeen.isBefore(firstSeen) || firstSeen.isAfter(LocalDate.now(clock))) {
            throw new Refusal("outreach.error.dates");
        }
        long id = store.insertAdvertisement(municipality(), platform,
                FreeText.line(reference, Advertisement.REFERENCE_MAX, "outreach.reference"), firstSeen, lastSeen);
        events.publishEvent(new AdvertisementRecorded(id, municipality(), firstSeen));
        return id;
    }

    public List<Advertisement> advertisements() {
        return store.advertisements(municipality());
    }

    @Transactional
    public long recordVisit(NewVisit v) {
        FreeText.plausible(v.visitedAt());
        if (v.followUp() != null) {
            FreeText.plausible(v.followUp());
        }
        if (v.visitedAt().isAfter(LocalDateTime.now(clock).plusMinutes(5))) {
            throw new Refusal("outreach.error.future");
        }
        if (v.followUp() != null && Outcome.NO_CONTACT.contains(v.outcome())) {
            // the address is erased after the municipality's term: a later follow-up would find no address
            int weeks = register.amount(OutreachRetention.NO_CONTACT.id(), municipality());
            if (v.followUp().isAfter(v.visitedAt().toLocalDate().plusWeeks(weeks))) {
                throw new Refusal("outreach.error.follow-up-after-erasure", weeks);
            }
        }
        Long ad = v.advertisementId();
        if (ad != null && advertisements().stream().noneMatch(a -> a.id() == ad)) {
            throw new Refusal("error.not-found");
        }
        String language = v.firstLanguage() == null || v.firstLanguage().isBlank() ? null
                : v.firstLanguage().strip().toLowerCase(Locale.ROOT);
        if (language != null && !List.of(Locale.getISOLanguages()).contains(language)) {
            throw new Refusal("outreach.error.language");
        }
        long id = store.insertVisit(municipality(), currentUser.require().id(), v,
                FreeText.line(v.address(), NewVisit.ADDRESS_MAX, "outreach.address"), language,
                v.notes() == null || v.notes().isBlank() ? null : FreeText.lines(v.notes(), NewVisit.NOTES_MAX, "outreach.notes"));
        events.publishEvent(new VisitRecorded(id, municipality(), v.outcome(), v.visitedAt().toLocalDate()));
        return id;
    }

    /** Visits, newest first, filtered by outcome (null = all) and period. */
    public List<Visit> visits(@Nullable Outcome outcome, LocalDate from, LocalDate to) {
        FreeText.plausible(from);
        FreeText.plausible(to);
        return store.visits(municipality(), outcome, from.atStartOfDay(), to.plusDays(1).atStartOfDay());
    }

    /** Every follow-up of the municipality that is due (today or earlier), earliest first. */
    public List<Visit> followUpsDue() {
        return followUpsDue(Whose.EVERYONE);
    }

    /** The follow-ups due: the signed-in officer's own, those nobody owns yet, or everyone's. */
    public List<Visit> followUpsDue(Whose whose) {
        return store.followUpsDue(municipality(), LocalDate.now(clock), whose, currentUser.require().id());
    }

    // ---- assignment

    /** The enabled officers of the signed-in officer's municipality (her included): whom a follow-up can go to. */
    public List<StaffMember> colleagues() {
        return contacts.myColleagues();
    }

    /**
     * Assigns a visit's follow-up to an officer of its municipality, or with {@code null} releases it. The visit's
     * history and the audit trail say who gave it to whom, and a colleague it is given to is alerted. Another municipality's visit is "not found"; anyone who is
     * not an enabled officer of the municipality is refused as assignee.
     */
    @Transactional
    public void assignFollowUp(long visitId, @Nullable Long assigneeId) {
        String municipality = municipality();
        Visit visit = visit(visitId);
        if (java.util.Objects.equals(visit.assigneeId(), assigneeId)) {
            return;
        }
        if (assigneeId != null && !contacts.activeStaff(Roles.OFFICER, municipality).contains(assigneeId)) {
            throw new Refusal("outreach.error.not-a-colleague");
        }
        long me = currentUser.require().id();
        store.assign(municipality, visitId, assigneeId, me, LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
        audit.assignmentChanged("VISIT", visitId, visit.assigneeId(), assigneeId, null);
        if (assigneeId != null && assigneeId != me) {
            events.publishEvent(new FollowUpAssigned(visitId, municipality, assigneeId, me));
        }
    }

    /** Who the visit's follow-up was given to, and by whom, oldest first; another municipality's visit: not found. */
    public List<AssignmentChange> followUpHistory(long visitId) {
        return store.assignments(ownVisit(visitId));
    }

    public Visit visit(long id) {
        return store.visit(municipality(), id).orElseThrow(() -> new Refusal("error.not-found"));
    }

    /**
     * The visit's id once it is known to be one of the officer's own municipality (a signal links only those);
     * another municipality's visit is refused as "not found".
     */
    public long ownVisit(long visitId) {
        if (!store.visitExists(municipality(), visitId)) {
            throw new Refusal("error.not-found");
        }
        return visitId;
    }

    public Map<Outcome, Integer> countsByOutcome(LocalDate from, LocalDate to) {
        FreeText.plausible(from);
        FreeText.plausible(to);
        Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);
        for (Outcome o : Outcome.values()) {
            counts.put(o, 0);
        }
        counts.putAll(store.countsByOutcome(municipality(), from.atStartOfDay(), to.plusDays(1).atStartOfDay()));
        return counts;
    }

    /** Links a visit to the request that followed it; both of the officer's own municipality. */
    @Transactional
    public void linkRequest(long visitId, long requestId) {
        String municipality = municipality();
        if (requests.stream().noneMatch(r -> r.isRequestOf(requestId, municipality))) {
            throw new Refusal("error.not-found");
        }
        if (!store.linkRequest(municipality, visitId, requestId)) {
            throw new Refusal("error.not-found");
        }
    }

    @Transactional
    public void clearFollowUp(long visitId) {
        if (!store.clearFollowUp(municipality(), visitId)) {
            throw new Refusal("error.not-found");
        }
    }

    private String municipality() {
        String m = currentUser.require().municipalityId();
        if (m == null) {
            throw new Refusal("error.not-found");
        }
        return m;
    }
}
