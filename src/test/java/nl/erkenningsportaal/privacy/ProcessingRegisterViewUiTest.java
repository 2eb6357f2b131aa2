package nl.erkenningsportaal.privacy;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import java.util.List;
import java.util.stream.IntStream;
import nl.erkenningsportaal.KaribuTest;
import nl.erkenningsportaal.platform.Roles;
import nl.erkenningsportaal.account.TestAccounts;
import nl.erkenningsportaal.layout.ui.AccessDeniedView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authorization.AuthorizationDeniedException;

/** Administrators and policy makers read the register page and download it; nobody else does. */
class ProcessingRegisterViewUiTest extends KaribuTest {

    @Autowired
    ProcessingRegister register;

    @Test
    @SuppressWarnings("unchecked")
    void an_administrator_reads_every_table_with_its_columns_and_every_rule_with_its_term() {
        login(Roles.ADMIN);
        UI.getCurrent().navigate("beheer/verwerkingsregister");
        _get(H1.class, spec -> spec.withText("Verwerkingsregister"));
        _get(Anchor.class, spec -> spec.withText("Download als CSV"));
        List<Grid<?>> grids = (List<Grid<?>>) (List<?>) _find(Grid.class);
        Grid<RetentionRule> rules = (Grid<RetentionRule>) grids.get(0);
        Grid<RegisterTable> tables = (Grid<RegisterTable>) grids.get(1);

        List<String> ruleRows = rows(rules);
        assertThat(ruleRows).hasSize(register.rules().size());
        assertThat(ruleRows).anySatisfy(r -> assertThat(r).contains("outreach.visit.no-contact")
                .contains("gewist 6 weken na het bezoek").contains("Iedere gemeente zelf").contains("outreach"));

        List<String> tableRows = rows(tables);
        assertThat(tableRows).anySatisfy(r -> assertThat(r).startsWith("consultation_booking")
                .contains("Publieke gezondheidszorg door de GGD").contains("Zorg (GGD)")
                .contains("work_name_enc (versleuteld)").contains("consultation.booking"));
        assertThat(tableRows).anySatisfy(r -> assertThat(r).startsWith("overview_count")
                .contains("Geen persoonsgegevens"));
    }

    @Test
    void a_policy_maker_may_read_it_too_and_no_other_role() {
        login(Roles.POLICY);
        UI.getCurrent().navigate("beheer/verwerkingsregister");
        _get(H1.class, spec -> spec.withText("Verwerkingsregister"));
        logout();
        for (String role : List.of(Roles.WORKER, Roles.OFFICER, Roles.GGD, Roles.COORDINATOR)) {
            login(role, Roles.OFFICER.equals(role) ? "GM0106" : null);
            UI.getCurrent().navigate("beheer/verwerkingsregister");
            assertThat(_find(AccessDeniedView.class)).as(role).hasSize(1);
            assertThatThrownBy(() -> register.tables()).as(role).isInstanceOf(AuthorizationDeniedException.class);
            assertThatThrownBy(() -> register.csv((k, a) -> k)).as(role)
                    .isInstanceOf(AuthorizationDeniedException.class);
            logout();
        }
        TestAccounts.signOut();
    }

    private static <T> List<String> rows(Grid<T> grid) {
        return IntStream.range(0, GridKt._size(grid)).mapToObj(i -> String.join(" | ", GridKt._getFormattedRow(grid, i)))
                .toList();
    }
}
