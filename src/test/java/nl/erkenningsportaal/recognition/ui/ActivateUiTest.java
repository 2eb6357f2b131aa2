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
import nl.erkenningsportaal.platform.Roles;
import nl.erkenningsportaal.recognition.DoorRegistration;
import nl.erkenningsportaal.recognition.IntakeChecklist;
import nl.erkenningsportaal.recognition.OfficerRecognitionService;
import nl.erkenningsportaal.recognition.RecognitionFixtures;
import nl.erkenningsportaal.recognition.WorkerRecognitionService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Activating the code from a visit asks for the new password twice, as sign-up does (issue 23): two different
 * passwords make no account and say so on the second field; the same password twice makes it.
 */
class ActivateUiTest extends KaribuTest {

    static final String PASSWORD = "een lang wachtwoord voor de proef";

    @Autowired
    OfficerRecognitionService officers;

    @Autowired
    WorkerRecognitionService workers;

    @Autowired
    JdbcTemplate jdbc;

    private int accountsNamed(String username) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM user_account WHERE username = ?", Integer.class, username);
    }

    @Test
    void the_new_password_is_asked_twice_and_two_different_ones_make_no_account() {
        login(Roles.OFFICER, "GM0106");
        String code = officers.registerAtDoor(new DoorRegistration(RecognitionFixtures.identity("Code Twee", "9401 AB"),
                new IntakeChecklist(true, true, true, true, true),
                RecognitionFixtures.consentAtDoor(workers.privacyStatementVersion()))).activationCode();
        logout();
        String username = "activeer-" + UUID.randomUUID().toString().substring(0, 8);

        UI.getCurrent().navigate("activeren");
        _setValue(_get(TextField.class, s -> s.withLabel("Activeringscode")), code);
        _setValue(_get(TextField.class, s -> s.withLabel("Gebruikersnaam")), username);
        _setValue(_get(PasswordField.class, s -> s.withLabel("Wachtwoord")), PASSWORD);
        PasswordField repeat = _get(PasswordField.class, s -> s.withLabel("Herhaal het nieuwe wachtwoord"));
        _setValue(repeat, PASSWORD + " maar anders");
        _setValue(_get(Checkbox.class), true);
        Button activate = _get(Button.class, s -> s.withText("Account activeren"));
        _click(activate);
        assertThat(repeat.isInvalid()).isTrue();
        assertThat(repeat.getErrorMessage()).isEqualTo("De twee wachtwoorden zijn niet gelijk.");
        assertThat(accountsNamed(username)).as("no account from two different passwords").isZero();

        _setValue(repeat, PASSWORD);
        _click(activate);
        assertThat(accountsNamed(username)).isEqualTo(1);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("login");
    }
}
