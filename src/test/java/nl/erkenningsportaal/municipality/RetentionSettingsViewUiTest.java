package nl.erkenningsportaal.municipality;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.List;
import nl.erkenningsportaal.KaribuTest;
import nl.erkenningsportaal.platform.Roles;
import nl.erkenningsportaal.account.TestAccounts;
import nl.erkenningsportaal.audit.AuditAction;
import nl.erkenningsportaal.audit.AuditService;
import nl.erkenningsportaal.layout.ui.AccessDeniedView;
import nl.erkenningsportaal.platform.Refusal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authorization.AuthorizationDeniedException;

/** Administrators set the retention terms; a term of 0, a negative one or an absurd one is refused. */
class RetentionSettingsViewUiTest extends KaribuTest {

    static final String VISIT_ADDRESS = "Adres na bezoek zonder gesprek (weken)";
    static final String INBOX = "Berichten in de berichtenbox (maanden)";

    @Autowired
    MunicipalityService municipalities;

    @Autowired
    AuditService audit;

    @SuppressWarnings("unchecked")
    private void chooseAssen() {
        UI.getCurrent().navigate("beheer/bewaartermijnen");
        Grid<Municipality> grid = _get(Grid.class);
        grid.select(GridKt._findAll(grid).stream().filter(m -> m.name().equals("Assen")).findFirst().orElseThrow());
    }

    private List<Button> saves() {
        return _find(Button.class, spec -> spec.withText("Opslaan"));
    }

    @Test
    void an_admin_shortens_assens_address_term_and_the_change_is_recorded() {
        login(Roles.ADMIN);
        RetentionSettings before = municipalities.find("GM0106").orElseThrow().retention();
        try {
            chooseAssen();
            _setValue(_get(IntegerField.class, spec -> spec.withLabel(VISIT_ADDRESS)), 4);
            _click(saves().getFirst());
            assertThat(municipalities.find("GM0106").orElseThrow().retention().visitAddressWeeks()).isEqualTo(4);
            assertThat(audit.forSubject("MUNICIPALITY", "GM0106")).first()
                    .satisfies(e -> assertThat(e.action()).isEqualTo(AuditAction.MUNICIPALITY_SETTINGS_CHANGED));
        } finally {
            municipalities.updateRetention("GM0106", before);
        }
    }

    @Test
    void zero_negative_and_absurd_terms_are_refused_at_the_field_and_by_the_service() {
        login(Roles.ADMIN);
        RetentionSettings before = municipalities.find("GM0106").orElseThrow().retention();
        chooseAssen();
        IntegerField address = _get(IntegerField.class, spec -> spec.withLabel(VISIT_ADDRESS));
        for (int refused : new int[] {0, -3, 14, 520}) {
            _setValue(address, refused);
            _click(saves().getFirst());
            assertThat(address.isInvalid()).as(Integer.toString(refused)).isTrue();
            assertThat(municipalities.find("GM0106").orElseThrow().retention()).isEqualTo(before);
        }
        RetentionSettings absurd = new RetentionSettings(before.declinedMonths(), 200, before.bookingsMonths(),
                before.visitAddressWeeks(), before.visitsMonths(), before.advertisementsMonths());
        assertThatThrownBy(() -> municipalities.updateRetention("GM0106", absurd)).isInstanceOf(Refusal.class)
                .hasMessage("municipality.error.number-range");
        RegionRetention region = municipalities.regionRetention();
        RegionRetention negative = new RegionRetention(region.signalsMonths(), -1, region.idleAccountMonths(),
                region.idleNoticeWeeks(), region.disabledStaffMonths(), region.auditYears());
        assertThatThrownBy(() -> municipalities.updateRegionRetention(negative)).isInstanceOf(Refusal.class);
        assertThat(municipalities.regionRetention()).isEqualTo(region);
    }

    @Test
    void an_admin_sets_the_regions_inbox_term() {
        login(Roles.ADMIN);
        RegionRetention before = municipalities.regionRetention();
        try {
            UI.getCurrent().navigate("beheer/bewaartermijnen");
            _setValue(_get(IntegerField.class, spec -> spec.withLabel(INBOX)), 6);
            _click(saves().getLast());
            assertThat(municipalities.regionRetention().inboxMonths()).isEqualTo(6);
            assertThat(audit.forSubject("REGION", MunicipalityService.REGION)).first()
                    .satisfies(e -> assertThat(e.action()).isEqualTo(AuditAction.MUNICIPALITY_SETTINGS_CHANGED));
        } finally {
            municipalities.updateRegionRetention(before);
        }
    }

    @Test
    void only_an_admin_enters_or_changes_the_terms() {
        for (String role : List.of(Roles.WORKER, Roles.OFFICER, Roles.GGD, Roles.COORDINATOR, Roles.POLICY)) {
            login(role, Roles.OFFICER.equals(role) ? "GM0106" : null);
            UI.getCurrent().navigate("beheer/bewaartermijnen");
            assertThat(_find(AccessDeniedView.class)).as(role).hasSize(1);
            RegionRetention region = municipalities.regionRetention();
            assertThatThrownBy(() -> municipalities.updateRegionRetention(region)).as(role)
                    .isInstanceOf(AuthorizationDeniedException.class);
            logout();
        }
        TestAccounts.signOut();
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_municipal_administrator_edits_only_her_own_terms_and_reads_the_regions() {
        login(Roles.MUNICIPAL_ADMIN, "GM1690");
        RetentionSettings before = municipalities.find("GM1690").orElseThrow().retention();
        RegionRetention region = municipalities.regionRetention();
        try {
            UI.getCurrent().navigate("beheer/bewaartermijnen");
            Grid<Municipality> grid = _get(Grid.class);
            assertThat(GridKt._findAll(grid)).extracting(Municipality::name).containsExactly("De Wolden");
            assertThat(_get(IntegerField.class, spec -> spec.withLabel(INBOX)).isReadOnly()).isTrue();
            assertThat(saves()).as("no save for the region's terms").isEmpty();
            grid.select(GridKt._get(grid, 0));
            assertThat(saves()).as("one save: her municipality's").hasSize(1);
            int weeks = before.visitAddressWeeks() == 5 ? 6 : 5;
            _setValue(_get(IntegerField.class, spec -> spec.withLabel(VISIT_ADDRESS)), weeks);
            _click(saves().getFirst());
            assertThat(municipalities.find("GM1690").orElseThrow().retention().visitAddressWeeks()).isEqualTo(weeks);
            assertThat(municipalities.regionRetention()).isEqualTo(region);
        } finally {
            municipalities.updateRetention("GM1690", before);
        }
    }
}
