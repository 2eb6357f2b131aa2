package nl.erkenningsportaal.municipality;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.IntegerField;
import nl.erkenningsportaal.KaribuTest;
import nl.erkenningsportaal.audit.AuditAction;
import nl.erkenningsportaal.audit.AuditService;
import nl.erkenningsportaal.platform.Roles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class MunicipalitiesViewUiTest extends KaribuTest {

    @Autowired
    MunicipalityService municipalities;

    @Autowired
    AuditService audit;

    @Test
    @SuppressWarnings("unchecked")
    void an_admin_changes_the_validity_period_of_assen_and_the_change_is_recorded() {
        login(Roles.ADMIN);
        UI.getCurrent().navigate("beheer/gemeenten");
        Grid<Municipality> grid = _get(Grid.class);
        Municipality assen = GridKt._findAll(grid).stream().filter(m -> m.name().equals("Assen")).findFirst()
                .orElseThrow();
        grid.select(assen);
        _setValue(_get(IntegerField.class, spec -> spec.withLabel("Geldigheid erkenning (maanden)")), 36);
        _click(_get(Button.class, spec -> spec.withText("Opslaan")));

        assertThat(municipalities.find("GM0106").orElseThrow().settings().recognitionValidityMonths())
                .isEqualTo(36);
        assertThat(audit.forSubject("MUNICIPALITY", "GM0106")).first()
                .satisfies(e -> assertThat(e.action()).isEqualTo(AuditAction.MUNICIPALITY_SETTINGS_CHANGED));
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_validity_of_zero_months_is_refused_at_the_field() {
        login(Roles.ADMIN);
        UI.getCurrent().navigate("beheer/gemeenten");
        Grid<Municipality> grid = _get(Grid.class);
        grid.select(GridKt._get(grid, 0));
        IntegerField validity = _get(IntegerField.class, spec -> spec.withLabel("Geldigheid erkenning (maanden)"));
        int before = municipalities.find(GridKt._get(grid, 0).id()).orElseThrow().settings()
                .recognitionValidityMonths();
        _setValue(validity, 0);
        _click(_get(Button.class, spec -> spec.withText("Opslaan")));
        assertThat(validity.isInvalid()).isTrue();
        assertThat(municipalities.find(GridKt._get(grid, 0).id()).orElseThrow().settings()
                .recognitionValidityMonths()).isEqualTo(before);
    }
}
