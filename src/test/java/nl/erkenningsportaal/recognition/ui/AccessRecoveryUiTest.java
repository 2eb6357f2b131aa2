package nl.erkenningsportaal.recognition.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static nl.erkenningsportaal.HostileInput.shownText;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import nl.erkenningsportaal.KaribuTest;
import nl.erkenningsportaal.platform.Roles;
import nl.erkenningsportaal.account.ui.RecoverAccessView;
import nl.erkenningsportaal.recognition.RecognitionFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Recovery without e-mail on the pages: the Assen officer confirms having seen her and reads the code off her request
 * page once; she types it with a new password on "toegang-herstellen" and is told her user name. A wrong code is
 * refused on its field.
 */
class AccessRecoveryUiTest extends KaribuTest {

    @Autowired
    RecognitionFixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    static void anonymousVisitor() {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new AnonymousAuthenticationToken("visitor", "anonymousUser",
                AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
        SecurityContextHolder.setContext(context);
    }

    @Test
    void the_officer_gives_a_code_she_came_for_in_person_and_she_sets_a_new_password_with_it() {
        long request = fixtures.submittedInAssen("Pagina Herstel");
        String username = jdbc.queryForObject("SELECT a.username FROM user_account a JOIN recognition_request r "
                + "ON r.worker_account_id = a.id WHERE r.id = ?", String.class, request);

        login(Roles.OFFICER, "GM0106");
        UI.getCurrent().navigate(RequestView.class, request);
        _click(_get(Button.class, s -> s.withText("Herstelcode voor wachtwoord")));
        _click(_get(Button.class, s -> s.withText("Code maken")));
        Checkbox seen = _get(Checkbox.class, s -> s.withLabel(
                "Ik heb haar zelf gezien en weet dat deze aanvraag van haar is"));
        assertThat(seen.isInvalid()).as("no code without having seen her").isTrue();
        _setValue(seen, true);
        _click(_get(Button.class, s -> s.withText("Code maken")));
        String code = _get(Span.class, s -> s.withClasses("portal-secret")).getText();
        assertThat(code).matches("[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}");

        logout();
        anonymousVisitor();
        UI.getCurrent().navigate(RecoverAccessView.class);
        TextField codeField = _get(TextField.class, s -> s.withLabel("Herstelcode"));
        _setValue(codeField, "ZZZZ-ZZZZ-ZZZZ");
        _setValue(_get(PasswordField.class, s -> s.withLabel("Nieuw wachtwoord")), "fietsen langs de vaart");
        _setValue(_get(PasswordField.class, s -> s.withLabel("Nieuw wachtwoord nog een keer")),
                "fietsen langs de vaart");
        _click(_get(Button.class, s -> s.withText("Wachtwoord instellen")));
        assertThat(codeField.isInvalid()).isTrue();
        assertThat(codeField.getErrorMessage()).startsWith("Deze code klopt niet");

        _setValue(codeField, code);
        _click(_get(Button.class, s -> s.withText("Wachtwoord instellen")));
        assertThat(shownText()).contains("Uw nieuwe wachtwoord is ingesteld", "Uw gebruikersnaam is: " + username);
    }
}
