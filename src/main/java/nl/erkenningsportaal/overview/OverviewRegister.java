package nl.erkenningsportaal.overview;

import java.util.List;
import nl.erkenningsportaal.privacy.DeclaredTable;
import nl.erkenningsportaal.privacy.ProcessingDeclaration;
import nl.erkenningsportaal.privacy.Purpose;
import org.springframework.stereotype.Component;

/**
 * The overview's tables in the processing register: counts per municipality and quarter, with no reference to any
 * person or record, so they are not personal data and survive every retention rule.
 */
@Component
class OverviewRegister implements ProcessingDeclaration {

    @Override
    public String module() {
        return "overview";
    }

    @Override
    public List<DeclaredTable> tables() {
        return List.of(
                DeclaredTable.notPersonal("overview_count", Purpose.OVERVIEW, "municipality_id", "quarter", "metric",
                        "value"),
                DeclaredTable.notPersonal("overview_active", Purpose.OVERVIEW, "municipality_id", "value"));
    }
}
