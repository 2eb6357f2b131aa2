package nl.erkenningsportaal.signal;

import static nl.erkenningsportaal.privacy.DataCategory.SIGNAL;
import static nl.erkenningsportaal.privacy.DataCategory.TECHNICAL;

import java.util.List;
import nl.erkenningsportaal.platform.Roles;
import nl.erkenningsportaal.privacy.DeclaredTable;
import nl.erkenningsportaal.privacy.LegalBasis;
import nl.erkenningsportaal.privacy.ProcessingDeclaration;
import nl.erkenningsportaal.privacy.Purpose;
import nl.erkenningsportaal.privacy.RetentionRule;
import org.springframework.stereotype.Component;

/**
 * The signal module's tables in the processing register: signals of trafficking or exploitation, seen by officers of
 * the municipality that raised them and, once escalated, by the regional coordinator.
 */
@Component
class SignalRegister implements ProcessingDeclaration {

    @Override
    public String module() {
        return "signal";
    }

    @Override
    public List<RetentionRule> rules() {
        return SignalRetention.RULES;
    }

    @Override
    public List<DeclaredTable> tables() {
        return List.of(
                DeclaredTable.table("signal_case", Purpose.SIGNALS, LegalBasis.SUBSTANTIAL_PUBLIC_INTEREST)
                        .seenBy(Roles.OFFICER, Roles.COORDINATOR)
                        .keptBy(SignalRetention.CLOSED, SignalRetention.NEVER_ESCALATED)
                        // assignee: the regional coordinator who works the case (a staff id)
                        .columns(TECHNICAL, "id", "raised_by", "request_id", "visit_id", "version",
                                "assignee_account_id")
                        .columns(SIGNAL, "municipality_id", "region", "raised_at", "urgency", "escalated_at",
                                "status", "handover_to", "handover_date", "closed_at")
                        // a list of the indicators' names (an enumeration); what the officer typed is the description
                        .generated(SIGNAL, "indicators")
                        .encrypted(SIGNAL, "description_enc")
                        .build(),
                DeclaredTable.table("signal_note", Purpose.SIGNALS, LegalBasis.SUBSTANTIAL_PUBLIC_INTEREST)
                        .seenBy(Roles.OFFICER, Roles.COORDINATOR)
                        .keptBy(SignalRetention.CLOSED, SignalRetention.NEVER_ESCALATED)
                        .columns(TECHNICAL, "id", "signal_id")
                        .columns(SIGNAL, "written_at", "author_role")
                        .encrypted(SIGNAL, "text_enc")
                        .build(),
                // who a case was given to, by whom and when (staff ids); goes with the case
                DeclaredTable.table("signal_case_assignment", Purpose.SIGNALS, LegalBasis.SUBSTANTIAL_PUBLIC_INTEREST)
                        .seenBy(Roles.COORDINATOR)
                        .keptBy(SignalRetention.CLOSED, SignalRetention.NEVER_ESCALATED)
                        .columns(TECHNICAL, "id", "signal_id", "changed_at", "assignee_account_id", "changed_by")
                        .build());
    }
}
