package nl.erkenningsportaal.contact;

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
 * The contact module's tables in the processing register: a worker's requests for contact about care or exit support
 * with their messages (seen by her, and by the officers of the municipality she chose or, for health, the GGD), and
 * questions without an account (seen by the officers of the municipality asked). Every text a person typed and every
 * way to reach her is encrypted; a source address is kept only as a keyed hash.
 */
@Component
class ContactRegister implements ProcessingDeclaration {

    @Override
    public String module() {
        return "contact";
    }

    @Override
    public List<RetentionRule> rules() {
        return ContactRetention.RULES;
    }

    @Override
    public List<DeclaredTable> tables() {
        return List.of(
                // what she asks help for (health, psychosocial help, debts, leaving sex work) is care, whoever answers
                DeclaredTable.table("care_request", Purpose.SUPPORT, LegalBasis.CONSENT)
                        .seenBy(Roles.WORKER, Roles.OFFICER, Roles.GGD)
                        .keptBy(ContactRetention.CARE_CLOSED, ContactRetention.CARE_UNTOUCHED)
                        .keptBy(AccountRules.WORKER_IDLE_ERASE)
                        // assignee: the officer of the municipality who owns the request (a staff id)
                        .columns(TECHNICAL, "id", "account_id", "created_at", "updated_at", "closed_at",
                                "assignee_account_id")
                        .columns(CARE, "municipality_id", "topic", "status")
                        .columns(CONTACT, "language", "contact_method")
                        .encrypted(CONTACT, "contact_enc")
                        .encrypted(CARE, "note_enc")
                        .build(),
                DeclaredTable.table("care_message", Purpose.SUPPORT, LegalBasis.CONSENT)
                        .seenBy(Roles.WORKER, Roles.OFFICER, Roles.GGD)
                        .keptBy(ContactRetention.CARE_CLOSED, ContactRetention.CARE_UNTOUCHED)
                        .keptBy(AccountRules.WORKER_IDLE_ERASE)
                        .columns(TECHNICAL, "id", "care_request_id", "written_at", "from_worker", "author_role")
                        .encrypted(CARE, "text_enc")
                        .build(),
                // who an officers' care request was given to, by whom and when (staff ids); goes with the request
                DeclaredTable.table("care_request_assignment", Purpose.SUPPORT, LegalBasis.CONSENT)
                        .seenBy(Roles.OFFICER)
                        .keptBy(ContactRetention.CARE_CLOSED, ContactRetention.CARE_UNTOUCHED)
                        .keptBy(AccountRules.WORKER_IDLE_ERASE)
                        .columns(TECHNICAL, "id", "care_request_id", "changed_at", "assignee_account_id",
                                "changed_by")
                        .build(),
                // no name is asked; the message, the answer and the way to reach her are encrypted, the way to reach
                // her erased at closing, the whole question within 30 days
                DeclaredTable.table("contact_question", Purpose.SUPPORT, LegalBasis.CONSENT)
                        .seenBy(Roles.OFFICER)
                        .keptBy(ContactRetention.QUESTIONS)
                        .columns(TECHNICAL, "id", "created_at", "closed_at")
                        .columns(ENFORCEMENT, "municipality_id", "status", "outcome")
                        .columns(CONTACT, "language", "reply_method")
                        .encrypted(CONTACT, "reply_to_enc")
                        .encrypted(ENFORCEMENT, "message_enc", "answer_enc")
                        .hashed(TECHNICAL, "message_hash", "answer_token_hash")
                        .build(),
                DeclaredTable.table("contact_question_attempt", Purpose.SECURITY, LegalBasis.LEGAL_OBLIGATION)
                        .keptBy(ContactRetention.QUESTION_ATTEMPTS)
                        .columns(TECHNICAL, "id", "attempted_at")
                        .hashed(TECHNICAL, "source_hash")
                        .build());
    }
}
