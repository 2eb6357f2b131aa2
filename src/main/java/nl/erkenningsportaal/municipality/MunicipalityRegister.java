package nl.erkenningsportaal.municipality;

import java.util.List;
import nl.erkenningsportaal.privacy.DeclaredTable;
import nl.erkenningsportaal.privacy.ProcessingDeclaration;
import nl.erkenningsportaal.privacy.Purpose;
import org.springframework.stereotype.Component;

/** The municipality module's tables in the processing register: settings only, nothing personal. */
@Component
class MunicipalityRegister implements ProcessingDeclaration {

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
                        "retention_advertisements_months", "mail_sender_name", "version"),
                DeclaredTable.notPersonal("region_setting", Purpose.OPERATION, "region", "retention_signals_months",
                        "retention_inbox_months", "retention_idle_account_months", "retention_idle_notice_weeks",
                        "retention_disabled_staff_months", "retention_audit_years", "version"));
    }
}
