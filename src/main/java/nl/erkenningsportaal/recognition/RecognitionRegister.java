package nl.erkenningsportaal.recognition;

import static nl.erkenningsportaal.privacy.DataCategory.ACCOUNT;
import static nl.erkenningsportaal.privacy.DataCategory.CONTACT;
import static nl.erkenningsportaal.privacy.DataCategory.ENFORCEMENT;
import static nl.erkenningsportaal.privacy.DataCategory.IDENTITY;
import static nl.erkenningsportaal.privacy.DataCategory.TECHNICAL;

import java.util.List;
import java.util.stream.Stream;
import nl.erkenningsportaal.account.AccountRules;
import nl.erkenningsportaal.platform.Roles;
import nl.erkenningsportaal.privacy.DeclaredTable;
import nl.erkenningsportaal.privacy.LegalBasis;
import nl.erkenningsportaal.privacy.ProcessingDeclaration;
import nl.erkenningsportaal.privacy.Purpose;
import nl.erkenningsportaal.privacy.RetentionRule;
import org.springframework.stereotype.Component;

/**
 * The recognition module's tables in the processing register. The request holds the identity (encrypted) under the
 * worker's explicit consent; officers of her municipality see it, the coordinator only behind an escalated signal.
 */
@Component
class RecognitionRegister implements ProcessingDeclaration {

    @Override
    public String module() {
        return "recognition";
    }

    @Override
    public List<RetentionRule> rules() {
        return Stream.of(RequestRetention.RULES.stream(), LifecycleRetention.RULES.stream(),
                Stream.of(ReasonRetention.STAFF)).flatMap(s -> s).toList();
    }

    @Override
    public List<DeclaredTable> tables() {
        return List.of(
                DeclaredTable.table("recognition_request", Purpose.RECOGNITION, LegalBasis.CONSENT)
                        .seenBy(Roles.WORKER, Roles.OFFICER, Roles.COORDINATOR)
                        .keptBy(RequestRetention.DECLINED, RequestRetention.ENDED)
                        // assignee: the officer of the municipality who owns the request (a staff id)
                        .columns(TECHNICAL, "id", "worker_account_id", "version", "assignee_account_id")
                        .encrypted(IDENTITY, "legal_name_enc", "date_of_birth_enc", "nationality_enc", "street_enc",
                                "house_number_enc", "house_number_addition_enc", "postcode_enc", "town_enc",
                                "work_name_enc")
                        .hashed(IDENTITY, "duplicate_index", "work_name_index")
                        .encrypted(CONTACT, "phone_enc")
                        .columns(CONTACT, "languages", "preferred_contact")
                        .columns(ENFORCEMENT, "municipality_id", "origin", "status", "submitted_at", "updated_at",
                                "consent_version", "consent_at", "intake_at", "intake_place", "informed_rules",
                                "informed_ggd", "identity_document_checked", "works_voluntarily", "care_offered",
                                "checklist_recorded_at", "recognition_number", "valid_from", "valid_until",
                                "decline_reason", "end_reason", "renewal_requested")
                        // the catalogue versions the decisions were taken with (decision 0051)
                        .columns(TECHNICAL, "decline_reason_entry", "end_reason_entry")
                        .encrypted(ENFORCEMENT, "intake_place_text_enc", "decline_text_enc")
                        .build(),
                DeclaredTable.table("recognition_history", Purpose.RECOGNITION, LegalBasis.CONSENT)
                        .seenBy(Roles.WORKER, Roles.OFFICER)
                        .keptBy(RequestRetention.DECLINED, RequestRetention.ENDED)
                        .columns(TECHNICAL, "id", "request_id")
                        .columns(ENFORCEMENT, "occurred_at", "kind", "actor_role")
                        .build(),
                // who a request was given to, by whom and when (staff ids, issue 20); goes with the request
                DeclaredTable.table("recognition_request_assignment", Purpose.RECOGNITION, LegalBasis.CONSENT)
                        .seenBy(Roles.OFFICER)
                        .keptBy(RequestRetention.DECLINED, RequestRetention.ENDED)
                        .columns(TECHNICAL, "id", "request_id", "changed_at", "assignee_account_id", "changed_by")
                        .build(),
                DeclaredTable.table("recognition_note", Purpose.RECOGNITION, LegalBasis.CONSENT)
                        .seenBy(Roles.WORKER, Roles.OFFICER)
                        .keptBy(RequestRetention.DECLINED, RequestRetention.ENDED)
                        .columns(TECHNICAL, "id", "request_id", "author_account_id")
                        .columns(ENFORCEMENT, "written_at", "to_worker", "from_worker")
                        .encrypted(ENFORCEMENT, "text_enc")
                        .build(),
                // the consent given at the door: that she was informed in her language, which version, when
                DeclaredTable.table("door_consent", Purpose.RECOGNITION, LegalBasis.CONSENT)
                        .seenBy(Roles.OFFICER)
                        .keptBy(RequestRetention.DECLINED, RequestRetention.ENDED)
                        .columns(TECHNICAL, "id", "request_id", "recorded_by")
                        .columns(ENFORCEMENT, "statement_version", "language", "consented_at")
                        .build(),
                // issue 19: the life after the first decision, each row gone with the request or its identity
                DeclaredTable.table("recognition_revocation", Purpose.RECOGNITION, LegalBasis.CONSENT)
                        .seenBy(Roles.WORKER, Roles.OFFICER)
                        .keptBy(RequestRetention.ENDED)
                        .columns(TECHNICAL, "request_id")
                        .columns(ENFORCEMENT, "reason", "revoked_at")
                        .columns(TECHNICAL, "reason_entry")
                        .encrypted(ENFORCEMENT, "text_enc")
                        .build(),
                DeclaredTable.table("recognition_objection", Purpose.RECOGNITION, LegalBasis.CONSENT)
                        .seenBy(Roles.WORKER, Roles.OFFICER)
                        .keptBy(RequestRetention.DECLINED, RequestRetention.ENDED)
                        .columns(TECHNICAL, "id", "request_id", "version")
                        .columns(ENFORCEMENT, "decision", "decision_at", "lodged_at", "late", "status", "received_at",
                                "hearing_at", "heard_at", "no_hearing_reason", "outcome", "decided_at", "withdrawn_at")
                        .encrypted(ENFORCEMENT, "grounds_enc", "hearing_place_enc", "hearing_report_enc",
                                "outcome_text_enc")
                        .build(),
                DeclaredTable.table("recognition_transfer", Purpose.RECOGNITION, LegalBasis.CONSENT)
                        .seenBy(Roles.WORKER, Roles.OFFICER)
                        .keptBy(RequestRetention.DECLINED, RequestRetention.ENDED)
                        .columns(TECHNICAL, "id", "request_id", "version")
                        .columns(ENFORCEMENT, "from_municipality", "to_municipality", "reported_at", "status",
                                "decided_at")
                        .encrypted(IDENTITY, "street_enc", "house_number_enc", "addition_enc", "postcode_enc",
                                "town_enc")
                        .encrypted(ENFORCEMENT, "refusal_text_enc")
                        .build(),
                DeclaredTable.table("recognition_correction", Purpose.RECOGNITION, LegalBasis.CONSENT)
                        .seenBy(Roles.WORKER, Roles.OFFICER)
                        .keptBy(LifecycleRetention.CORRECTION_VALUES, RequestRetention.DECLINED,
                                RequestRetention.ENDED)
                        .columns(TECHNICAL, "id", "request_id", "version")
                        .columns(ENFORCEMENT, "proposed_at", "fields", "status", "decided_at", "values_kept_until")
                        .encrypted(IDENTITY, "proposed_enc", "previous_enc")
                        .encrypted(ENFORCEMENT, "refusal_text_enc")
                        .build(),
                DeclaredTable.table("recognition_renewal", Purpose.RECOGNITION, LegalBasis.CONSENT)
                        .seenBy(Roles.WORKER, Roles.OFFICER)
                        .keptBy(RequestRetention.DECLINED, RequestRetention.ENDED)
                        .columns(TECHNICAL, "id", "request_id", "version")
                        .columns(ENFORCEMENT, "asked_at", "valid_until_then", "status", "conversation_at",
                                "conversation_place", "informed_rules", "informed_ggd", "identity_document_checked",
                                "works_voluntarily", "care_offered", "checklist_recorded_at", "renewed_at",
                                "valid_until_after")
                        .encrypted(ENFORCEMENT, "place_text_enc")
                        .build(),
                // issue 20 (decision 0051): the reason catalogue is written by staff and holds no personal data but
                // who changed it; the answers to extra checklist items follow the request
                DeclaredTable.notPersonal("reason_entry", Purpose.RECOGNITION, "id", "lineage", "kind",
                        "municipality_id", "category", "text_key", "text_nl", "text_en", "required", "created_at",
                        "archived_at"),
                DeclaredTable.notPersonal("reason_default_off", Purpose.RECOGNITION, "municipality_id", "lineage",
                        "switched_at"),
                DeclaredTable.table("reason_history", Purpose.ACCOUNTABILITY, LegalBasis.LEGAL_OBLIGATION)
                        .seenBy(Roles.ADMIN, Roles.MUNICIPAL_ADMIN)
                        .keptBy(ReasonRetention.STAFF)
                        .notPersonal("id", "municipality_id", "entry_id", "action", "changed_at")
                        .columns(ACCOUNT, "staff_id")
                        .build(),
                DeclaredTable.table("checklist_answer", Purpose.RECOGNITION, LegalBasis.CONSENT)
                        .seenBy(Roles.OFFICER)
                        .keptBy(RequestRetention.DECLINED, RequestRetention.ENDED)
                        .columns(TECHNICAL, "request_id", "entry_id")
                        .columns(ENFORCEMENT, "phase", "ticked", "answered_at")
                        .build(),
                DeclaredTable.table("worker_consent", Purpose.RECOGNITION, LegalBasis.CONSENT)
                        .seenBy(Roles.WORKER)
                        .keptBy(AccountRules.WORKER_IDLE_ERASE)
                        .columns(TECHNICAL, "id", "account_id")
                        .columns(ACCOUNT, "statement_version", "consented_at", "withdrawn_at")
                        .build(),
                DeclaredTable.table("activation_code", Purpose.SECURITY, LegalBasis.LEGAL_OBLIGATION)
                        .seenBy(Roles.OFFICER)
                        .keptBy(RequestRetention.ACTIVATION_CODES, RequestRetention.DECLINED)
                        .columns(TECHNICAL, "id", "request_id", "expires_at", "used_at")
                        .hashed(TECHNICAL, "code_hash")
                        .build(),
                DeclaredTable.table("activation_attempt", Purpose.SECURITY, LegalBasis.LEGAL_OBLIGATION)
                        .keptBy(RequestRetention.ACTIVATION_ATTEMPTS)
                        .columns(TECHNICAL, "id", "attempted_at")
                        .hashed(TECHNICAL, "source_hash")
                        .build());
    }
}
