package nl.erkenningsportaal.municipality;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import nl.erkenningsportaal.account.TestAccounts;
import org.springframework.jdbc.core.JdbcTemplate;
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

    @Autowired
    JdbcTemplate jdbc;

    static final String NOORDENVELD = "GM1699";

    @SuppressWarnings("unchecked")
    private Grid<Municipality> choose(String name) {
        UI.getCurrent().navigate("beheer/gemeenten");
        Grid<Municipality> grid = _get(Grid.class, spec -> spec.withId("municipalities"));
        grid.select(GridKt._findAll(grid).stream().filter(m -> m.name().equals(name)).findFirst().orElseThrow());
        return grid;
    }

    private java.util.List<String> dialogLines() {
        return _find(ListItem.class).stream().map(ListItem::getText).toList();
    }

    @Test
    void the_join_and_leave_dialogs_show_the_real_counts_and_confirming_records_it() {
        login(Roles.ADMIN);
        try {
            choose("Noordenveld");
            _click(_get(Button.class, spec -> spec.withText("Deelnemen aan het regionale beleid")));
            int areas = municipalities.participationImpact(NOORDENVELD).postcodeAreas();
            assertThat(dialogLines()).anySatisfy(l -> assertThat(l).contains("de " + areas + " postcodegebieden"));
            assertThat(municipalities.find(NOORDENVELD).orElseThrow().participating()).as("not before confirming")
                    .isFalse();
            _click(_get(Button.class, spec -> spec.withText("Ja, deelnemen")));
            assertThat(municipalities.find(NOORDENVELD).orElseThrow().participating()).isTrue();
            assertThat(audit.forSubject("MUNICIPALITY", NOORDENVELD)).first()
                    .satisfies(e -> assertThat(e.action()).isEqualTo(AuditAction.MUNICIPALITY_JOINED));

            long active = jdbc.queryForObject("SELECT COUNT(*) FROM recognition_request WHERE municipality_id = ?"
                    + " AND status = 'RECOGNISED'", Long.class, NOORDENVELD);
            long open = jdbc.queryForObject("SELECT COUNT(*) FROM recognition_request WHERE municipality_id = ?"
                    + " AND status IN ('SUBMITTED', 'INTAKE_PLANNED', 'MORE_INFORMATION_ASKED')", Long.class,
                    NOORDENVELD);
            _click(_get(Button.class, spec -> spec.withText("Stoppen met het regionale beleid")));
            assertThat(dialogLines()).anySatisfy(l -> assertThat(l).startsWith(active == 0
                    ? "Er zijn geen geldige erkenningen" : "Geldige erkenningen: " + active + "."));
            assertThat(dialogLines()).anySatisfy(l -> assertThat(l).startsWith("Openstaande aanvragen: " + open + "."));
            assertThat(dialogLines()).anySatisfy(l -> assertThat(l).startsWith("Gegevens worden bewaard"));
            _click(_get(Button.class, spec -> spec.withText("Ja, stoppen")));
            assertThat(municipalities.find(NOORDENVELD).orElseThrow().participating()).isFalse();
            assertThat(audit.forSubject("MUNICIPALITY", NOORDENVELD)).first()
                    .satisfies(e -> assertThat(e.action()).isEqualTo(AuditAction.MUNICIPALITY_LEFT));
            // the history on the screen shows both steps
            @SuppressWarnings("unchecked")
            Grid<SettingChange> history = _get(Grid.class, spec -> spec.withId("municipality-history"));
            assertThat(GridKt._findAll(history)).extracting(SettingChange::setting)
                    .startsWith(SettingChange.PARTICIPATING, SettingChange.PARTICIPATING);
        } finally {
            if (municipalities.find(NOORDENVELD).orElseThrow().participating()) {
                municipalities.leave(NOORDENVELD);
            }
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_municipal_administrator_sees_only_her_municipality_and_a_refusal_is_shown_on_its_field() {
        login(Roles.MUNICIPAL_ADMIN, "GM1690");
        UI.getCurrent().navigate("beheer/gemeenten");
        Grid<Municipality> grid = _get(Grid.class, spec -> spec.withId("municipalities"));
        assertThat(GridKt._findAll(grid)).extracting(Municipality::name).containsExactly("De Wolden");
        Municipality before = municipalities.find("GM1690").orElseThrow();
        grid.select(GridKt._get(grid, 0));
        TextField sender = _get(TextField.class, spec -> spec.withLabel("Afzender van e-mail"));
        _setValue(sender, "Gemeente De Wolden\u200b");
        _click(_get(Button.class, spec -> spec.withText("Opslaan")));
        assertThat(sender.isInvalid()).isTrue();
        assertThat(sender.getErrorMessage()).startsWith("Afzender van e-mail");
        assertThat(municipalities.find("GM1690").orElseThrow()).isEqualTo(before);
    }

    @Test
    void a_changed_lead_time_is_shown_in_the_history_with_old_and_new() {
        var admin = login(Roles.MUNICIPAL_ADMIN, "GM1690");
        MunicipalitySettings before = municipalities.find("GM1690").orElseThrow().settings();
        int lead = before.reminderDaysBefore() == 14 ? 15 : 14;
        try {
            choose("De Wolden");
            _setValue(_get(IntegerField.class,
                    spec -> spec.withLabel("Herinnering vóór het einde van een erkenning (dagen)")), lead);
            _click(_get(Button.class, spec -> spec.withText("Opslaan")));
            @SuppressWarnings("unchecked")
            Grid<SettingChange> history = _get(Grid.class, spec -> spec.withId("municipality-history"));
            SettingChange newest = GridKt._get(history, 0);
            assertThat(newest.newValue()).isEqualTo(Integer.toString(lead));
            assertThat(GridKt._getFormattedRow(history, 0)).contains("Herinnering vóór het einde",
                    before.reminderDaysBefore() + " → " + lead, "Medewerker " + admin.id());
        } finally {
            TestAccounts.signIn(admin);
            municipalities.updateSettings("GM1690", before);
        }
    }
}
