package nl.erkenningsportaal.account;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import nl.erkenningsportaal.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.web.WebAttributes;

/**
 * What the login page says after a refused attempt: how long to wait while the throttle holds sign-ins back (not
 * "wrong password"), and the generic message otherwise. Spring Security keeps the last failure in the session and
 * sends the browser to {@code /login?error}; the page reads it there.
 */
class LoginPageUiTest extends KaribuTest {

    @Autowired
    Clock clock;

    /** The login form's texts as they go to the browser. */
    private String afterFailure(Object failure) {
        VaadinSession.getCurrent().getSession().setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION, failure);
        UI.getCurrent().navigate("login", QueryParameters.simple(Map.of("error", "")));
        LoginForm form = _get(LoginForm.class);
        assertThat(form.isError()).as("the error is shown").isTrue();
        return String.valueOf(form.getElement().getPropertyRaw("i18n"));
    }

    @Test
    void a_delayed_login_says_how_long_to_wait_and_not_that_the_password_is_wrong() {
        String texts = afterFailure(new LoginDelayedException(clock.instant().plusSeconds(37)));
        assertThat(texts).contains("Te veel pogingen")
                .containsPattern("Probeer het over 3[67] seconden opnieuw\\.")
                .doesNotContain("klopt niet");

        assertThat(afterFailure(new LoginDelayedException(clock.instant().plusMillis(300))))
                .contains("Probeer het over 1 seconde opnieuw.");

        locale(Locale.ENGLISH);
        assertThat(afterFailure(new LoginDelayedException(clock.instant().plusSeconds(120))))
                .contains("Too many attempts").containsPattern("Please try again in (120|119) seconds\\.");
    }

    @Test
    void a_refused_password_gets_the_generic_message() {
        assertThat(afterFailure(new BadCredentialsException(PortalAuthenticationProvider.GENERIC)))
                .contains("De gebruikersnaam of het wachtwoord klopt niet. Probeer het opnieuw.")
                .doesNotContain("Te veel pogingen");
    }

    @Test
    void the_login_page_links_to_creating_an_account_activating_a_code_and_a_forgotten_password() {
        UI.getCurrent().navigate("login");
        Map<String, String> links = new java.util.LinkedHashMap<>();
        for (Anchor a : _find(Anchor.class)) {
            links.put(a.getText(), a.getHref());
        }
        assertThat(links).containsEntry("Account aanmaken", "registreren")
                .containsEntry("Account activeren met een code", "activeren")
                .containsEntry("Wachtwoord vergeten", "wachtwoord-vergeten");
        for (String path : links.values()) {
            UI.getCurrent().navigate(path);
            assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).as("opens").isEqualTo(path);
            UI.getCurrent().navigate("login");
        }
    }
}
