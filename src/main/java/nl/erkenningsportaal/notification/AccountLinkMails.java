package nl.erkenningsportaal.notification;

import java.util.List;
import nl.erkenningsportaal.account.AccountMail;
import org.springframework.stereotype.Component;

/** The account module's link mails, through the outbox: neutral templates, no word about what the portal is for. */
@Component
class AccountLinkMails implements AccountMail {

    private final Notifications notifications;

    AccountLinkMails(Notifications notifications) {
        this.notifications = notifications;
    }

    @Override
    public void passwordResetLink(long accountId, String path, long validHours) {
        notifications.mail(accountId, MailTemplate.RESET_PASSWORD,
                List.of(notifications.link(path), Long.toString(validHours)), null, null);
    }

    @Override
    public void confirmationLink(long accountId, String path, long validHours) {
        notifications.mailToUnconfirmed(accountId, MailTemplate.CONFIRM_EMAIL,
                List.of(notifications.link(path), Long.toString(validHours)));
    }
}
