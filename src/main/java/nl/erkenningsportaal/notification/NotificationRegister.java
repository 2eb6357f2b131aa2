package nl.erkenningsportaal.notification;

import static nl.erkenningsportaal.privacy.DataCategory.CARE;
import static nl.erkenningsportaal.privacy.DataCategory.CONTACT;
import static nl.erkenningsportaal.privacy.DataCategory.TECHNICAL;

import java.util.List;
import nl.erkenningsportaal.account.AccountRules;
import nl.erkenningsportaal.platform.Roles;
import nl.erkenningsportaal.privacy.DeclaredTable;
import nl.erkenningsportaal.privacy.LegalBasis;
import nl.erkenningsportaal.privacy.ProcessingDeclaration;
import nl.erkenningsportaal.privacy.Purpose;
import nl.erkenningsportaal.privacy.RetentionRule;
import org.springframework.stereotype.Component;

/**
 * The notification module's tables in the processing register. Messages hold translation keys and arguments (dates,
 * places, booking codes), never a free text by or about the worker; mail rows hold no address.
 */
@Component
class NotificationRegister implements ProcessingDeclaration {

    @Override
    public String module() {
        return "notification";
    }

    @Override
    public List<RetentionRule> rules() {
        return NotificationRetention.RULES;
    }

    @Override
    public List<DeclaredTable> tables() {
        return List.of(
                // what the message is about may be a GGD appointment: the most sensitive it holds is care; its
                // arguments (a time, a place, the GGD's own words) are encrypted
                DeclaredTable.table("inbox_message", Purpose.MESSAGES, LegalBasis.CONSENT)
                        .seenBy(Roles.WORKER)
                        .keptBy(NotificationRetention.INBOX)
                        .keptBy(AccountRules.WORKER_IDLE_ERASE)
                        .columns(TECHNICAL, "id", "account_id", "created_at", "read_at")
                        .columns(CARE, "subject_key", "body_key")
                        .encrypted(CARE, "arguments")
                        .build(),
                // a mail is discreet: a link, a time and a GGD location, and the calendar file made of them
                // (MailTemplate), nothing a person typed; the error is an exception's class name
                DeclaredTable.table("notification_mail", Purpose.MESSAGES, LegalBasis.CONSENT)
                        .seenBy(Roles.ADMIN)
                        .keptBy(NotificationRetention.MAIL_SENT, NotificationRetention.MAIL_DEAD)
                        .keptBy(AccountRules.WORKER_IDLE_ERASE)
                        .columns(TECHNICAL, "id", "account_id", "municipality_id", "to_unconfirmed", "status",
                                "attempts", "next_attempt_at", "lease_until", "claimed_by", "created_at", "sent_at")
                        .generated(TECHNICAL, "last_error")
                        .columns(CARE, "template", "language")
                        .generated(CARE, "arguments", "calendar")
                        .build(),
                DeclaredTable.table("notification_booking", Purpose.MESSAGES, LegalBasis.PUBLIC_HEALTH)
                        .seenBy(Roles.WORKER)
                        .keptBy(NotificationRetention.APPOINTMENTS)
                        .keptBy(AccountRules.WORKER_IDLE_ERASE)
                        .columns(TECHNICAL, "booking_ref", "account_id", "sequence_no", "reminder_due_at",
                                "version")
                        .columns(CARE, "starts_at", "ends_at", "cancelled")
                        // the name and address of a GGD location, from the schedule
                        .generated(CARE, "location")
                        .build());
    }
}
