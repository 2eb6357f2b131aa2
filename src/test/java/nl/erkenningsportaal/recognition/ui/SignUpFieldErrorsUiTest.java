package nl.erkenningsportaal.recognition.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.UUID;
import nl.erkenningsportaal.KaribuTest;
import nl.erkenningsportaal.account.TestAccounts;
import nl.erkenningsportaal.recognition.RecognitionFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Sign-up's errors are on the field they concern and stay until that field is changed (issue 23): a user name typed
 * past its limit is kept whole and refused (not cut), a name in use, a password too short and consent not given each
 * say so on their own field; nothing is created meanwhile.
 */
class SignUpFieldErrorsUiTest extends KaribuTest {

    static final String PASSWORD = "een lang wachtwoord voor de proef";

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    RecognitionFixtures fixtures;

    private TextField username;
    private PasswordField password;
    private PasswordField repeat;
    private Checkbox consent;
    private Button create;

    @BeforeEach
    void openSignUp() {
        UI.getCurrent().navigate("registreren");
        username = _get(TextField.class, s -> s.withLabel("Gebruikersnaam"));
        password = _get(PasswordField.class, s -> s.withLabel("Wachtwoord"));
        repeat = _get(PasswordField.class, s -> s.withLabel("Herhaal het nieuwe wachtwoord"));
        consent = _get(Checkbox.class);
        create = _get(Button.class, s -> s.withText("Account aanmaken"));
    }

    private int accounts() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM user_account", Integer.class);
    }

    private void passwords(String value) {
        _setValue(password, value);
        _setValue(repeat, value);
    }

    @Test
    void a_user_name_past_its_limit_is_kept_whole_and_refused_on_its_field_until_changed() {
        assertThat(username.getElement().hasProperty("maxlength")).as("the browser does not cut it").isFalse();
        String tooLong = "a".repeat(70);
        _setValue(username, tooLong);
        assertThat(username.getValue()).hasSize(70);
        assertThat(username.isInvalid()).isTrue();
        assertThat(username.getErrorMessage()).startsWith("Een gebruikersnaam heeft 3 tot 64 tekens");

        passwords(PASSWORD);
        _setValue(consent, true);
        int before = accounts();
        _click(create);
        assertThat(accounts()).as("nothing created").isEqualTo(before);
        assertThat(username.isInvalid()).as("the error stays").isTrue();
        assertThat(username.getErrorMessage()).startsWith("Een gebruikersnaam heeft 3 tot 64 tekens");
        assertThat(password.isInvalid()).as("not the password's").isFalse();

        _setValue(username, "kort-" + UUID.randomUUID().toString().substring(0, 8));
        assertThat(username.isInvalid()).as("corrected").isFalse();
        _click(create);
        assertThat(accounts()).isEqualTo(before + 1);
    }

    @Test
    void a_name_in_use_a_short_password_and_no_consent_each_say_so_on_their_own_field() {
        String taken = fixtures.signedInWorker().username();
        TestAccounts.signOut();
        int before = accounts();
        _setValue(username, taken);
        passwords(PASSWORD);
        _setValue(consent, true);
        _click(create);
        assertThat(username.isInvalid()).isTrue();
        assertThat(username.getErrorMessage()).isEqualTo("Deze gebruikersnaam is al in gebruik.");

        _setValue(username, "nieuw-" + UUID.randomUUID().toString().substring(0, 8));
        assertThat(username.isInvalid()).isFalse();
        passwords("elf tekens.");
        _click(create);
        assertThat(password.isInvalid()).isTrue();
        assertThat(password.getErrorMessage()).startsWith("Een wachtwoord heeft minstens 12");
        assertThat(username.isInvalid()).isFalse();

        passwords(PASSWORD);
        _setValue(consent, false);
        _click(create);
        assertThat(consent.isInvalid()).isTrue();
        assertThat(consent.getErrorMessage()).isEqualTo("U moet eerst toestemming geven voor de privacyverklaring.");
        assertThat(accounts()).as("nothing created").isEqualTo(before);
    }
}
