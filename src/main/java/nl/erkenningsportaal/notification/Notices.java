package nl.erkenningsportaal.notification;

import java.util.List;
import java.util.Locale;
import nl.erkenningsportaal.account.AccountContacts;
import nl.erkenningsportaal.platform.Roles;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other modules' staff actions send directly (the contact module: a reply to a care request, the answer to a
 * question asked without an account): an inbox message with the discreet "new message" mail, or a discreet mail to an
 * address, queued in the caller's transaction. Only officers and the GGD send this way; a worker's or a visitor's own
 * actions never reach it.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasAnyRole('" + Roles.OFFICER + "', '" + Roles.GGD + "')")
public class Notices {

    private final Notifications notifications;
    private final MailOutbox outbox;
    private final StaffAlerts alerts;
    private final AccountContacts contacts;

    Notices(Notifications notifications, MailOutbox outbox, StaffAlerts alerts, AccountContacts contacts) {
        this.notifications = notifications;
        this.outbox = outbox;
        this.alerts = alerts;
        this.contacts = contacts;
    }

    /**
     * A colleague gave an officer a care request of their municipality: she alone is alerted (in the portal, and by
     * the discreet mail as she chose), while she is an enabled officer of it. The contact module calls this in its own
     * transaction, as it cannot be listened to from here.
     */
    @Transactional
    @PreAuthorize("hasRole('" + Roles.OFFICER + "')")
    public void alertCareAssignee(long careRequestId, String municipalityId, long assigneeId) {
        if (contacts.activeStaff(Roles.OFFICER, municipalityId).contains(assigneeId)) {
            alerts.raise(AlertKind.CARE_REQUEST_ASSIGNED, List.of(assigneeId), careRequestId, municipalityId);
        }
    }

    /**
     * An inbox message for {@code accountId} (keys {@code <inboxKey>.subject} and {@code .body}) and, when her account
     * has a confirmed address, the mail that only says there is news.
     */
    @Transactional
    public void tellWorker(long accountId, @Nullable String municipalityId, String inboxKey, List<String> arguments) {
        notifications.tell(accountId, municipalityId, inboxKey, arguments);
    }

    /** Only an inbox message for {@code accountId} (keys {@code <inboxKey>.subject} and {@code .body}), no mail. */
    @Transactional
    public void tellWorkerInInbox(long accountId, String inboxKey, List<String> arguments) {
        notifications.inboxOnly(accountId, inboxKey, arguments);
    }

    /**
     * A discreet mail to an address that belongs to no account, or to an address a worker gave for one contact only:
     * queued in the caller's transaction, sent by the background sender, the address erased once it is sent. The
     * templates say nothing of what the portal is about ({@code MailTemplatesTest}).
     */
    @Transactional
    public void mailAddress(String address, MailTemplate template, Locale language, List<String> arguments,
            @Nullable String municipalityId) {
        if (arguments.size() != template.arguments().size()) {
            throw new IllegalArgumentException("template " + template + " takes " + template.arguments());
        }
        outbox.queueTo(address, template, language, arguments, municipalityId);
    }

    /** The portal's public address of a page, for a link in a mail. */
    @PreAuthorize("permitAll()")
    public String pageUrl(String path) {
        return notifications.link(path);
    }
}
