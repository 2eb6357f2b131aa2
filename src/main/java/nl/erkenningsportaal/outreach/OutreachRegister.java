package nl.erkenningsportaal.outreach;

import static nl.erkenningsportaal.privacy.DataCategory.ENFORCEMENT;
import static nl.erkenningsportaal.privacy.DataCategory.IDENTITY;
import static nl.erkenningsportaal.privacy.DataCategory.TECHNICAL;

import java.util.List;
import nl.erkenningsportaal.platform.Roles;
import nl.erkenningsportaal.privacy.DeclaredTable;
import nl.erkenningsportaal.privacy.LegalBasis;
import nl.erkenningsportaal.privacy.ProcessingDeclaration;
import nl.erkenningsportaal.privacy.Purpose;
import nl.erkenningsportaal.privacy.RetentionRule;
import org.springframework.stereotype.Component;

/** The outreach module's tables in the processing register: seen only by officers of the same municipality. */
@Component
class OutreachRegister implements ProcessingDeclaration {

    @Override
    public String module() {
        return "outreach";
    }

    @Override
    public List<RetentionRule> rules() {
        return OutreachRetention.RULES;
    }

    @Override
    public List<DeclaredTable> tables() {
        return List.of(
                DeclaredTable.table("outreach_advertisement", Purpose.OUTREACH, LegalBasis.PUBLIC_TASK)
                        .seenBy(Roles.OFFICER)
                        .keptBy(OutreachRetention.ADVERTISEMENTS)
                        .columns(TECHNICAL, "id")
                        .columns(ENFORCEMENT, "municipality_id", "platform", "first_seen", "last_seen")
                        // a link or phone number that leads to a person
                        .encrypted(IDENTITY, "reference_enc")
                        .build(),
                DeclaredTable.table("outreach_visit", Purpose.OUTREACH, LegalBasis.PUBLIC_TASK)
                        .seenBy(Roles.OFFICER)
                        .keptBy(OutreachRetention.NO_CONTACT, OutreachRetention.VISITS)
                        // assignee: the officer of the municipality who owns the follow-up (a staff id)
                        .columns(TECHNICAL, "id", "officer_account_id", "advertisement_id", "request_id",
                                "assignee_account_id")
                        .columns(ENFORCEMENT, "municipality_id", "visited_at", "first_language", "outcome",
                                "follow_up")
                        .encrypted(IDENTITY, "address_enc")
                        .encrypted(ENFORCEMENT, "notes_enc")
                        .build(),
                // who a visit's follow-up was given to, by whom and when (staff ids); goes with the visit
                DeclaredTable.table("outreach_visit_assignment", Purpose.OUTREACH, LegalBasis.PUBLIC_TASK)
                        .seenBy(Roles.OFFICER)
                        .keptBy(OutreachRetention.VISITS)
                        .columns(TECHNICAL, "id", "visit_id", "changed_at", "assignee_account_id", "changed_by")
                        .build());
    }
}
