package nl.erkenningsportaal.notification;

import static nl.erkenningsportaal.privacy.DataCategory.ACCOUNT;
import static nl.erkenningsportaal.privacy.DataCategory.CARE;
import static nl.erkenningsportaal.privacy.DataCategory.CONTACT;
import static nl.erkenningsportaal.privacy.DataCategory.ENFORCEMENT;
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
 * places, booking codes), never a free text by or about the worker; mail rows hold no address, except a mail to
 * someone without an account (the answer to a question): her address encrypted, erased once the mail is sent.
 */
@Component
class NotificationRegister implements ProcessingDeclaration {

    @Override
    public String module() {
        return "notification";
    }

    @Override
    public List<RetentionRule> rules() {
        return java.util.stream.Stream.concat(NotificationRetention.RULES.stream(),
                StaffAlertRetention.RULES.stream()).toList();
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
                        .encrypted(CONTACT, "recipient_enc")
                        .build(),
                DeclaredTable.table("notification_booking", Purpose.MESSAGES, LegalBasis.PUBLIC_HEALTH)
                        .seenBy(Roles.WORKER)
                        .keptBy(NotificationRetention.APPOINTMENTS)
                        .keptBy(AccountRules.WORKER_IDLE_ERASE)
                        .columns(TECHNICAL, "booking_ref", "account_id", "sequence_no", "reminder_due_at",
                                "version", "reminder_lead_minutes")
                        .columns(CARE, "starts_at", "ends_at", "cancelled")
                        // the name and address of a GGD location, from the schedule
                        .generated(CARE, "location")
                        .build(),
                // a notice for a staff member: what kind of thing, its id and municipality, never a name, number or
                // address; seen only by the staff member it is for
                DeclaredTable.table("staff_alert", Purpose.STAFF_WORK, LegalBasis.PUBLIC_TASK)
                        .seenBy(Roles.OFFICER, Roles.GGD, Roles.COORDINATOR)
                        .keptBy(StaffAlertRetention.READ, StaffAlertRetention.UNREAD)
                        .keptBy(AccountRules.STAFF_DISABLED)
                        .columns(TECHNICAL, "id", "account_id", "subject_type", "subject_id", "created_at",
                                "read_at", "digest_due")
                        .columns(ENFORCEMENT, "kind", "municipality_id")
                        .build(),
                // how each kind of alert reaches a staff member (at once, a daily digest, only in the portal)
                DeclaredTable.table("staff_alert_choice", Purpose.STAFF_WORK, LegalBasis.PUBLIC_TASK)
                        .seenBy(Roles.OFFICER, Roles.GGD, Roles.COORDINATOR)
                        .keptBy(AccountRules.STAFF_DISABLED)
                        .columns(TECHNICAL, "account_id")
                        .columns(ACCOUNT, "kind", "delivery")
                        .build());
    }
}
