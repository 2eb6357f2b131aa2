package nl.erkenningsportaal.account;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import nl.erkenningsportaal.KaribuTest;
import nl.erkenningsportaal.municipality.Municipality;
import nl.erkenningsportaal.municipality.MunicipalityService;
import nl.erkenningsportaal.platform.Refusal;
import nl.erkenningsportaal.platform.Roles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * A municipal administrator of De Wolden (GM1690) manages De Wolden's officers, policy makers and settings, and
 * reaches nothing of Assen (GM0106): not through the service, not through the screens.
 */
class MunicipalAdministratorTest extends KaribuTest {

    static final String DE_WOLDEN = "GM1690";
    static final String ASSEN = "GM0106";

    @Autowired
    AccountService staff;

    @Autowired
    MunicipalityService municipalities;

    @Autowired
    UserAccountRepository repository;

    private static String name(String prefix) {
        return prefix + "." + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void she_lists_disables_and_creates_only_her_own_municipalitys_staff() {
        SignedInUser assenOfficer = accounts.create(Roles.OFFICER, ASSEN);
        SignedInUser deWoldenOfficer = accounts.create(Roles.OFFICER, DE_WOLDEN);
        login(Roles.MUNICIPAL_ADMIN, DE_WOLDEN);

        List<StaffAccount> seen = staff.staffAccounts();
        assertThat(seen).extracting(StaffAccount::id).contains(deWoldenOfficer.id())
                .doesNotContain(assenOfficer.id());
        assertThat(seen).allSatisfy(a -> assertThat(a.municipalityId()).isEqualTo(DE_WOLDEN));

        assertThat(staff.setEnabled(deWoldenOfficer.id(), false).enabled()).isFalse();
        assertThatThrownBy(() -> staff.setEnabled(assenOfficer.id(), false)).isInstanceOf(Refusal.class)
                .extracting(e -> ((Refusal) e).messageKey()).isEqualTo("error.not-found");
        assertThat(repository.findById(assenOfficer.id()).orElseThrow().isEnabled()).as("Assen's officer").isTrue();

        String mine = name("handhaver");
        CreatedStaffAccount created = staff.createStaffAccount(new NewStaffAccount(mine, Roles.OFFICER, null));
        assertThat(created.account().municipalityId()).as("her own municipality, without asking").isEqualTo(DE_WOLDEN);
        String intoAssen = name("handhaver");
        assertThatThrownBy(() -> staff.createStaffAccount(new NewStaffAccount(intoAssen, Roles.OFFICER, ASSEN)))
                .isInstanceOf(Refusal.class);
        for (String regional : List.of(Roles.ADMIN, Roles.MUNICIPAL_ADMIN, Roles.GGD, Roles.COORDINATOR)) {
            String username = name("regionaal");
            assertThatThrownBy(() -> staff.createStaffAccount(new NewStaffAccount(username, regional, DE_WOLDEN)))
                    .as(regional).isInstanceOf(Refusal.class);
            assertThat(repository.findByUsername(username)).as(regional).isEmpty();
        }
        assertThat(repository.findByUsername(intoAssen)).isEmpty();
    }

    @Test
    void the_regions_administrator_makes_a_municipal_administrator_only_with_a_municipality() {
        login(Roles.ADMIN);
        String without = name("beheer");
        assertThatThrownBy(() -> staff.createStaffAccount(new NewStaffAccount(without, Roles.MUNICIPAL_ADMIN, null)))
                .isInstanceOf(Refusal.class).extracting(e -> ((Refusal) e).messageKey())
                .isEqualTo("error.municipal-admin-needs-municipality");
        assertThat(repository.findByUsername(without)).isEmpty();
        String with = name("beheer");
        assertThat(staff.createStaffAccount(new NewStaffAccount(with, Roles.MUNICIPAL_ADMIN, DE_WOLDEN)).account()
                .municipalityId()).isEqualTo(DE_WOLDEN);
    }

    @Test
    void she_changes_her_own_municipalitys_settings_and_is_refused_assens() {
        login(Roles.MUNICIPAL_ADMIN, DE_WOLDEN);
        assertThat(municipalities.manageable()).extracting(Municipality::id).containsExactly(DE_WOLDEN);

        Municipality deWolden = municipalities.find(DE_WOLDEN).orElseThrow();
        municipalities.updateSettings(DE_WOLDEN, deWolden.settings());
        Municipality assen = municipalities.find(ASSEN).orElseThrow();
        assertThatThrownBy(() -> municipalities.updateSettings(ASSEN, assen.settings()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> municipalities.updateRetention(ASSEN, assen.retention()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> municipalities.updateRegionRetention(municipalities.regionRetention()))
                .as("the region's terms are the region's administrator's").isInstanceOf(AccessDeniedException.class);

        login(Roles.ADMIN);
        assertThat(municipalities.manageable()).as("the region's administrator manages every municipality")
                .hasSizeGreaterThan(1);
    }

    @Test
    @SuppressWarnings("unchecked")
    void on_the_staff_page_she_sees_only_de_wolden_and_creates_a_colleague_there() {
        SignedInUser assenOfficer = accounts.create(Roles.OFFICER, ASSEN);
        login(Roles.MUNICIPAL_ADMIN, DE_WOLDEN);
        UI.getCurrent().navigate("beheer/medewerkers");
        Grid<StaffAccount> grid = _get(Grid.class);
        List<StaffAccount> rows = IntStream.range(0, GridKt._size(grid)).mapToObj(i -> GridKt._get(grid, i)).toList();
        assertThat(rows).extracting(StaffAccount::id).doesNotContain(assenOfficer.id());
        assertThat(rows).allSatisfy(a -> assertThat(a.municipalityId()).isEqualTo(DE_WOLDEN));
        // the page says what she can do: her own municipality's officers and policy makers, not the region's roles
        assertThat(_get(Paragraph.class, spec -> spec.withText(
                "Maak accounts aan voor de handhavers en beleidsmedewerkers van uw gemeente. U ziet en beheert alleen de "
                        + "medewerkers van uw eigen gemeente. Een nieuw account krijgt een eenmalig wachtwoord."))).isNotNull();

        _click(_get(Button.class, spec -> spec.withText("Nieuwe medewerker")));
        RadioButtonGroup<String> role = _get(RadioButtonGroup.class, spec -> spec.withLabel("Rol"));
        assertThat(role.getListDataView().getItems()).containsExactly(Roles.OFFICER, Roles.POLICY);
        String username = name("beleid");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Gebruikersnaam")), username);
        _setValue(role, Roles.POLICY);
        assertThat(LocatorJ._find(ComboBox.class, spec -> spec.withLabel("Gemeente")))
                .as("no choice of municipality (none visible)").isEmpty();
        _click(_get(Button.class, spec -> spec.withText("Account aanmaken")));
        assertThat(repository.findByUsername(username).orElseThrow().getMunicipalityId()).isEqualTo(DE_WOLDEN);

        UI.getCurrent().navigate("beheer/gemeenten");
        Grid<Municipality> municipalityGrid = _get(Grid.class);
        assertThat(GridKt._size(municipalityGrid)).isOne();
        assertThat(GridKt._get(municipalityGrid, 0).id()).isEqualTo(DE_WOLDEN);
    }

    @Test
    void her_menu_leads_to_her_staff_and_settings_and_to_none_of_the_regions_screens() {
        login(Roles.MUNICIPAL_ADMIN, DE_WOLDEN);
        List<String> menu = navigation();
        // her own municipality's retention terms too (the region's she only reads there)
        assertThat(menu).contains("beheer/medewerkers", "beheer/gemeenten", "beheer/bewaartermijnen");
        assertThat(menu).noneMatch(href -> List.of("beheer/audit",
                "beheer/verwerkingsregister", "beheer/informatie", "beheer/uitgaande-mail", "beheer/vertalingen")
                .contains(href));
    }
}
