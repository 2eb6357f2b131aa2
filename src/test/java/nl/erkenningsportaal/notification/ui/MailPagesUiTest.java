package nl.erkenningsportaal.notification.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import java.util.Locale;
import java.util.UUID;
import nl.erkenningsportaal.KaribuTest;
import nl.erkenningsportaal.account.EmailAddressService;
import nl.erkenningsportaal.platform.Roles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class MailPagesUiTest extends KaribuTest {

    @Autowired
    EmailAddressService emails;

    @Test
    void a_worker_enters_an_address_and_is_told_to_confirm_it() {
        login(Roles.WORKER);
        UI.getCurrent().navigate("mijn-e-mail");
        _get(Paragraph.class, spec -> spec.withText(
                "U heeft geen e-mailadres opgegeven. Berichten ziet u alleen in het portaal."));
        String address = "ui" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        _setValue(_get(EmailField.class), address);
        _click(_get(Button.class, spec -> spec.withText("Opslaan en bevestigen")));
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("portal-email-status")).getText())
                .isEqualTo("Uw e-mailadres " + address + " is nog niet bevestigd. Kijk in uw e-mail voor de link.");
        assertThat(emails.myEmail().email()).isEqualTo(address);
    }

    @Test
    void the_forgotten_password_page_gives_the_same_answer_for_any_address() {
        locale(Locale.ENGLISH);
        UI.getCurrent().navigate("wachtwoord-vergeten");
        _setValue(_get(EmailField.class), "nobody-" + UUID.randomUUID() + "@example.org");
        _click(_get(Button.class, spec -> spec.withText("Send link")));
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("portal-reset-answer")).getText()).isEqualTo(
                "If this address belongs to an account, we have sent an e-mail with a link. "
                        + "Please also check your spam folder.");
    }

    @Test
    void a_reset_link_that_does_not_exist_shows_that_it_does_not_work() {
        UI.getCurrent().navigate("wachtwoord-herstellen/" + "ab".repeat(32));
        assertThat(_get(Paragraph.class, spec -> spec.withText(
                "Deze link werkt niet (meer). Misschien is hij al gebruikt of verlopen. Vraag een nieuwe link aan."))
                .isVisible()).isTrue();
    }
}
