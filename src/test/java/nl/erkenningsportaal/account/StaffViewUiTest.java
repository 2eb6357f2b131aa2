package nl.erkenningsportaal.account;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Locale;
import nl.erkenningsportaal.KaribuTest;
import nl.erkenningsportaal.municipality.Municipality;
import nl.erkenningsportaal.platform.Roles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class StaffViewUiTest extends KaribuTest {

    @Autowired
    UserAccountRepository repository;

    @Test
    @SuppressWarnings("unchecked")
    void an_admin_creates_an_officer_for_de_wolden_and_sees_the_one_time_password_once() {
        login(Roles.ADMIN);
        UI.getCurrent().navigate("beheer/medewerkers");
        _click(_get(Button.class, spec -> spec.withText("Nieuwe medewerker")));
        _setValue(_get(TextField.class, spec -> spec.withLabel("Gebruikersnaam")), "handhaver.dewolden2");
        _setValue(_get(RadioButtonGroup.class, spec -> spec.withLabel("Rol")), Roles.OFFICER);
        ComboBox<Municipality> municipality = _get(ComboBox.class, spec -> spec.withLabel("Gemeente"));
        assertThat(municipality.isVisible()).isTrue();
        _setValue(municipality, municipality.getListDataView().getItems()
                .filter(m -> m.name().equals("De Wolden")).findFirst().orElseThrow());
        _click(_get(Button.class, spec -> spec.withText("Account aanmaken")));

        String password = _get(Span.class, spec -> spec.withClasses("portal-secret")).getText();
        assertThat(password).hasSize(23);
        UserAccount stored = repository.findByUsername("handhaver.dewolden2").orElseThrow();
        assertThat(stored.getMunicipalityId()).isEqualTo("GM1690");
        assertThat(stored.isPasswordChangeRequired()).isTrue();

        Grid<StaffAccount> grid = _get(Grid.class);
        assertThat(GridKt._size(grid)).isGreaterThanOrEqualTo(1);
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_user_name_typed_past_its_limit_is_kept_whole_and_refused_on_the_field() {
        login(Roles.ADMIN);
        UI.getCurrent().navigate("beheer/medewerkers");
        _click(_get(Button.class, spec -> spec.withText("Nieuwe medewerker")));
        TextField username = _get(TextField.class, spec -> spec.withLabel("Gebruikersnaam"));
        assertThat(username.getElement().hasProperty("maxlength")).as("the browser does not cut it").isFalse();
        String tooLong = "handhaver." + "x".repeat(60);
        _setValue(username, tooLong);
        assertThat(username.getValue()).isEqualTo(tooLong);
        assertThat(username.isInvalid()).isTrue();
        assertThat(username.getErrorMessage()).startsWith("Een gebruikersnaam heeft 3 tot 64 tekens");
        _setValue(_get(RadioButtonGroup.class, spec -> spec.withLabel("Rol")), Roles.GGD);
        _click(_get(Button.class, spec -> spec.withText("Account aanmaken")));
        assertThat(repository.findByUsername(tooLong)).as("nothing created").isEmpty();
        assertThat(repository.findByUsername(tooLong.substring(0, 64))).as("nor a cut name").isEmpty();
    }

    @Test
    void the_staff_page_speaks_english_too() {
        login(Roles.ADMIN);
        locale(Locale.ENGLISH);
        UI.getCurrent().navigate("beheer/medewerkers");
        _get(Button.class, spec -> spec.withText("New staff member"));
    }
}
