package nl.erkenningsportaal.municipality;

import java.util.List;
import nl.erkenningsportaal.platform.Roles;
import nl.erkenningsportaal.privacy.DataCategory;
import nl.erkenningsportaal.privacy.DeclaredTable;
import nl.erkenningsportaal.privacy.LegalBasis;
import nl.erkenningsportaal.privacy.ProcessingDeclaration;
import nl.erkenningsportaal.privacy.Purpose;
import org.springframework.stereotype.Component;

/** The municipality module's tables in the processing register: settings only, nothing personal. */
@Component
class MunicipalityRegister implements ProcessingDeclaration {

    /** The account module's rule that erases a disabled staff account ({@code account.AccountRules}). */
    static final String STAFF_DISABLED = "account.staff.disabled";

    @Override
    public String module() {
        return "municipality";
    }

    @Override
    public List<DeclaredTable> tables() {
        return List.of(
                DeclaredTable.notPersonal("municipality", Purpose.OPERATION, "id", "name", "region", "participating",
                        "recognition_validity_months", "retention_declined_months", "retention_ended_years",
                        "retention_bookings_months", "retention_visit_address_weeks", "retention_visits_months",
                        "retention_advertisements_months", "mail_sender_name", "reminder_days_before", "version"),
                // the settings' history (issue 20): who changed a setting is a staff id only, set to nothing when
                // that staff account is erased (the account module's rule for disabled staff accounts)
                DeclaredTable.table("municipality_setting_change", Purpose.OPERATION, LegalBasis.PUBLIC_TASK)
                        .seenBy(Roles.ADMIN, Roles.MUNICIPAL_ADMIN)
                        .keptBy(STAFF_DISABLED)
                        .columns(DataCategory.TECHNICAL, "changed_by")
                        .notPersonal("id", "municipality_id", "setting", "old_value", "new_value", "changed_at")
                        .build(),
                DeclaredTable.notPersonal("region_setting", Purpose.OPERATION, "region", "retention_signals_months",
                        "retention_inbox_months", "retention_idle_account_months", "retention_idle_notice_weeks",
                        "retention_disabled_staff_months", "retention_audit_years", "version"));
    }
}
