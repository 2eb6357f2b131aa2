package nl.erkenningsportaal.notification;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import nl.erkenningsportaal.account.AccountContacts;
import nl.erkenningsportaal.platform.PortalSettings;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Tells a worker something: always in the portal inbox, and by mail when they have a confirmed address. Called by
 * the event listeners of this module, inside their transaction, so the inbox entry and the queued mail commit
 * together (or the listener is retried by Spring Modulith's event publication registry).
 */
@Component
class Notifications {

    static final String INBOX_PATH = "berichten";

    private final InboxService inbox;
    private final MailOutbox outbox;
    private final AccountContacts contacts;
    private final PortalSettings portal;

    Notifications(InboxService inbox, MailOutbox outbox, AccountContacts contacts, PortalSettings portal) {
        this.inbox = inbox;
        this.outbox = outbox;
        this.contacts = contacts;
        this.portal = portal;
    }

    /** An inbox message (keys {@code <inboxKey>.subject} and {@code .body}) with a discreet "new message" mail. */
    void tell(long accountId, @Nullable String municipalityId, String inboxKey, List<String> arguments) {
        inbox.deliver(accountId, inboxKey + ".subject", inboxKey + ".body", arguments);
        mail(accountId, MailTemplate.PORTAL_MESSAGE, List.of(link(INBOX_PATH)), municipalityId, null);
    }

    /** Only an inbox message (keys {@code <inboxKey>.subject} and {@code .body}). */
    void inboxOnly(long accountId, String inboxKey, List<String> arguments) {
        inbox.deliver(accountId, inboxKey + ".subject", inboxKey + ".body", arguments);
    }

    /** A reminder: inbox message and its own mail template. */
    void remind(long accountId, String inboxKey, List<String> inboxArguments, MailTemplate template,
            List<String> mailArguments) {
        inboxOnly(accountId, inboxKey, inboxArguments);
        mail(accountId, template, mailArguments, null, null);
    }

    /** Queues a mail if the account has a confirmed address; returns whether it did. */
    boolean mail(long accountId, MailTemplate template, List<String> arguments, @Nullable String municipalityId,
            @Nullable String calendar) {
        return mailWithCalendar(accountId, template, arguments, municipalityId, locale -> calendar);
    }

    /** As {@link #mail}, with an attachment made in the worker's language. */
    boolean mailWithCalendar(long accountId, MailTemplate template, List<String> arguments,
            @Nullable String municipalityId, Function<Locale, @Nullable String> calendar) {
        return contacts.mailContactOf(accountId).map(contact -> {
            outbox.queue(accountId, template, contact.locale(), arguments, municipalityId,
                    calendar.apply(contact.locale()), false);
            return true;
        }).orElse(false);
    }

    /** Queues the mail that confirms a new address: the only one that goes to an unconfirmed address. */
    boolean mailToUnconfirmed(long accountId, MailTemplate template, List<String> arguments) {
        return contacts.unconfirmedContactOf(accountId).map(contact -> {
            outbox.queue(accountId, template, contact.locale(), arguments, null, null, true);
            return true;
        }).orElse(false);
    }

    String link(String path) {
        String base = portal.publicUrl().toString();
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + "/" + path;
    }
}
