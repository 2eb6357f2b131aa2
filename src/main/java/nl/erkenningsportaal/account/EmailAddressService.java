package nl.erkenningsportaal.account;

import nl.erkenningsportaal.platform.Roles;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A worker's e-mail address for notifications: optional, and used only after the worker followed the confirmation
 * link mailed to it. Without a confirmed address a worker gets messages in the portal inbox only.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('" + Roles.WORKER + "')")
public class EmailAddressService {

    static final String CONFIRM_PATH = "e-mail-bevestigen";

    private final AccountContacts contacts;
    private final MailTokens tokens;
    private final AccountMail mail;

    EmailAddressService(AccountContacts contacts, MailTokens tokens, AccountMail mail) {
        this.contacts = contacts;
        this.tokens = tokens;
        this.mail = mail;
    }

    public OwnEmail myEmail() {
        return contacts.ownEmail();
    }

    /**
     * Sets a new address (unconfirmed; a confirmation link goes to it) or, with a blank value, removes it: mail
     * stops at once, also mail already waiting in the outbox.
     */
    @Transactional
    public void changeMyEmail(@Nullable String email) {
        long accountId = contacts.changeOwnEmail(email);
        if (email != null && !email.isBlank()) {
            String lookup = contacts.emailLookupOf(accountId).orElseThrow();
            String token = tokens.issue(accountId, MailTokens.Purpose.CONFIRM_EMAIL, lookup);
            mail.confirmationLink(accountId, CONFIRM_PATH + "/" + token, tokens.validHours());
        }
    }

    /** The signed-in staff member's work address, where alerts go once it is confirmed. */
    @PreAuthorize("hasAnyRole('" + Roles.OFFICER + "', '" + Roles.GGD + "', '" + Roles.COORDINATOR + "')")
    public OwnEmail myWorkEmail() {
        return contacts.ownWorkEmail();
    }

    /**
     * Sets a staff member's new work address (unconfirmed; a confirmation link goes to it, as for a worker) or, with
     * a blank value, removes it: alert mail stops at once, also mail already waiting in the outbox. Stored like every
     * address: sealed, with a blind index.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('" + Roles.OFFICER + "', '" + Roles.GGD + "', '" + Roles.COORDINATOR + "')")
    public void changeMyWorkEmail(@Nullable String email) {
        long accountId = contacts.changeOwnWorkEmail(email);
        if (email != null && !email.isBlank()) {
            String lookup = contacts.emailLookupOf(accountId).orElseThrow();
            String token = tokens.issue(accountId, MailTokens.Purpose.CONFIRM_EMAIL, lookup);
            mail.confirmationLink(accountId, CONFIRM_PATH + "/" + token, tokens.validHours());
        }
    }

    /** Follows a confirmation link (no sign-in needed: the link itself is the proof). */
    @Transactional
    @PreAuthorize("permitAll()")
    public boolean confirm(String token) {
        return tokens.use(token, MailTokens.Purpose.CONFIRM_EMAIL)
                .filter(t -> t.emailLookup() != null)
                .map(t -> contacts.confirmEmail(t.accountId(), t.emailLookup()))
                .orElse(false);
    }
}
