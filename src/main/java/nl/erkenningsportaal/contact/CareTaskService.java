package nl.erkenningsportaal.contact;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import nl.erkenningsportaal.account.AccountContacts;
import nl.erkenningsportaal.account.CurrentUser;
import nl.erkenningsportaal.account.StaffMember;
import nl.erkenningsportaal.platform.AssignmentChange;
import nl.erkenningsportaal.platform.Whose;
import org.jspecify.annotations.Nullable;
import nl.erkenningsportaal.platform.Roles;
import nl.erkenningsportaal.account.SignedInUser;
import nl.erkenningsportaal.audit.AuditAction;
import nl.erkenningsportaal.audit.AuditService;
import nl.erkenningsportaal.notification.MailTemplate;
import nl.erkenningsportaal.notification.Notices;
import nl.erkenningsportaal.platform.FreeText;
import nl.erkenningsportaal.platform.Refusal;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The staff's side of care requests, as tasks. An officer sees the requests for the officers of their own
 * municipality (every topic but health); the GGD sees the health requests of the whole region and nothing else.
 * A request outside that is "not found", never "forbidden". The list shows no contact details and no text; opening a
 * request is audited. Neither side learns her name, account or recognition number from it: the task needs only how
 * to reach her, and the GGD must never learn what enforcement holds.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasAnyRole('" + Roles.OFFICER + "', '" + Roles.GGD + "')")
public class CareTaskService {

    static final int LIST_MAX = 500;
    static final String INBOX_KEY = "contact.inbox.care-reply";
    static final String CARE_PAGE = "hulp-vragen";

    private final CareStore store;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final Notices notices;
    private final Clock clock;
    private final AccountContacts contacts;

    CareTaskService(CareStore store, CurrentUser currentUser, AuditService audit, Notices notices, Clock clock,
            AccountContacts contacts) {
        this.contacts = contacts;
        this.store = store;
        this.currentUser = currentUser;
        this.audit = audit;
        this.notices = notices;
        this.clock = clock;
    }

    /** Open tasks (oldest first) or closed ones (newest first), without contact details or text. */
    public List<CareTask> tasks(boolean open) {
        return store.list(scope(), open, LIST_MAX).stream().map(CareTaskService::task).toList();
    }

    /**
     * The officer's open or closed tasks of {@code whose}: her own, those nobody owns yet, or everyone's of her
     * municipality. Officers only: the GGD's health requests are not assigned.
     */
    @PreAuthorize("hasRole('" + Roles.OFFICER + "')")
    public List<CareTask> tasksOf(Whose whose, boolean open) {
        return store.list(scope(), open, LIST_MAX, whose, currentUser.require().id()).stream()
                .map(CareTaskService::task).toList();
    }

    private static CareTask task(CareStore.Row r) {
        return new CareTask(r.id(), r.topic(), r.language(), r.method(), r.status(), r.createdAt(), r.assigneeId());
    }

    // ---- assignment (officers only)

    /** The enabled officers of the signed-in officer's municipality (her included): whom a request can go to. */
    @PreAuthorize("hasRole('" + Roles.OFFICER + "')")
    public List<StaffMember> colleagues() {
        return contacts.myColleagues();
    }

    /** The officer who owns the request (empty: nobody yet); another municipality's request is not found. */
    @PreAuthorize("hasRole('" + Roles.OFFICER + "')")
    public Optional<Long> assigneeOf(long id) {
        return Optional.ofNullable(officerRow(id).assigneeId());
    }

    /**
     * Assigns a care request of the officer's municipality to an officer of it, or with {@code null} releases it.
     * The request's history and the audit trail say so, and a colleague it is given to is alerted; anyone who is not an enabled officer of the municipality is
     * refused as assignee, another municipality's request is "not found".
     */
    @Transactional
    @PreAuthorize("hasRole('" + Roles.OFFICER + "')")
    public void assign(long id, @Nullable Long assigneeId) {
        CareStore.Row r = store.findForUpdate(scope(), id).orElseThrow(() -> new Refusal("error.not-found"));
        if (Objects.equals(r.assigneeId(), assigneeId)) {
            return;
        }
        if (assigneeId != null && (r.municipalityId() == null
                || !contacts.activeStaff(Roles.OFFICER, r.municipalityId()).contains(assigneeId))) {
            throw new Refusal("contact.error.not-a-colleague");
        }
        long me = currentUser.require().id();
        store.assign(r.id(), assigneeId, me, clock.instant());
        audit.assignmentChanged("CARE_REQUEST", r.id(), r.assigneeId(), assigneeId, null);
        if (assigneeId != null && assigneeId != me) {
            // the notification module cannot listen to this module (it is below it): told directly, in this transaction
            notices.alertCareAssignee(r.id(), r.municipalityId(), assigneeId);
        }
    }

    /** Who the request was given to, and by whom, oldest first. */
    @PreAuthorize("hasRole('" + Roles.OFFICER + "')")
    public List<AssignmentChange> assignmentHistory(long id) {
        return store.assignments(officerRow(id).id());
    }

    private CareStore.Row officerRow(long id) {
        return store.find(scope(), id).orElseThrow(() -> new Refusal("error.not-found"));
    }

    /** Opens a task with the way to reach her, her note and the messages; audited. */
    @Transactional
    public CareTaskDetails open(long id) {
        CareStore.Row r = store.find(scope(), id).orElseThrow(() -> new Refusal("error.not-found"));
        CareStore.Opened opened = store.open(r);
        audit.record(AuditAction.CARE_REQUEST_OPENED, "CARE_REQUEST", Long.toString(r.id()), r.topic().name());
        return new CareTaskDetails(r.id(), r.topic(), r.language(), r.method(), opened.contactDetail(),
                opened.note(), r.status(), r.createdAt(), r.closedAt(), store.messages(r.id()));
    }

    /**
     * A message to her about the request: she reads it on her help page and is told in her inbox, and by a discreet
     * mail that only says there is news: to the address she gave for this contact when she chose e-mail, otherwise to
     * her account's confirmed address if she has one. Not for contact by phone (call her). The task is in progress
     * from then on.
     */
    @Transactional
    public void sendMessage(long id, String text) {
        CareStore.Row r = openForChange(id);
        if (r.method() == ContactMethod.PHONE) {
            throw new Refusal("contact.error.call-instead");
        }
        String clean;
        try {
            clean = FreeText.lines(text, ContactLimits.MESSAGE_MAX, "contact.care-task.message");
        } catch (Refusal e) {
            throw new Refusal("contact.error.message", ContactLimits.MESSAGE_MAX);
        }
        store.addMessage(r.id(), false, currentUser.require().role(), clean, clock.instant());
        store.setStatus(r.id(), TaskStatus.IN_PROGRESS, clock.instant());
        String address = store.open(r).contactDetail();
        if (r.method() == ContactMethod.EMAIL && address != null) {
            notices.tellWorkerInInbox(r.accountId(), INBOX_KEY, List.of());
            notices.mailAddress(address, MailTemplate.PORTAL_MESSAGE, Locale.of(r.language()),
                    List.of(notices.pageUrl(CARE_PAGE)), r.municipalityId());
        } else {
            notices.tellWorker(r.accountId(), r.municipalityId(), INBOX_KEY, List.of());
        }
    }

    /** Contact was made outside the portal (she was called): the task is in progress. */
    @Transactional
    public void recordContact(long id) {
        CareStore.Row r = openForChange(id);
        store.setStatus(r.id(), TaskStatus.IN_PROGRESS, clock.instant());
    }

    /** Done: the phone number or address she gave is erased at once; the messages stay until the retention term. */
    @Transactional
    public void close(long id) {
        store.close(openForChange(id).id(), clock.instant());
    }

    private CareStore.Row openForChange(long id) {
        CareStore.Row r = store.findForUpdate(scope(), id).orElseThrow(() -> new Refusal("error.not-found"));
        if (r.status() == TaskStatus.CLOSED) {
            throw new Refusal("contact.error.closed");
        }
        return r;
    }

    private CareStore.Scope scope() {
        SignedInUser me = currentUser.require();
        if (me.hasRole(Roles.GGD)) {
            return new CareStore.GgdScope();
        }
        if (me.hasRole(Roles.OFFICER) && me.municipalityId() != null) {
            return new CareStore.OfficerScope(me.municipalityId());
        }
        throw new Refusal("error.not-found");
    }
}
