package nl.erkenningsportaal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LandingAndLoginBrowserIT extends BrowserTest {


    private final List<String> contentSecurityViolations = new ArrayList<>();

    @BeforeEach
    void watchForContentSecurityPolicyViolations() {
        page.onConsoleMessage(m -> {
            if (m.text().contains("Content Security Policy") || m.text().contains("Refused to")) {
                contentSecurityViolations.add(m.text());
            }
        });
    }

    @AfterEach
    void noPartOfThePageWasBlockedByTheContentSecurityPolicy() {
        assertThat(contentSecurityViolations).as("console messages about the Content-Security-Policy").isEmpty();
    }

    @Test
    void the_landing_page_loads_in_dutch_and_is_accessible() {
        open("");
        assertThat(page.locator("h1").first().textContent()).isEqualTo("Erkenning voor sekswerk aan huis");
        assertThat(page.evaluate("document.documentElement.lang")).isEqualTo("nl");
        assertThat(page.title()).isEqualTo("Welkom | Erkenningsportaal");
        screenshot("landing-nl");
        assertAccessible("the landing page");
    }

    @Test
    void the_login_page_is_accessible_and_a_wrong_password_and_an_unknown_user_get_the_same_answer() {
        open("login");
        assertAccessible("the login page");
        String wrongPassword = failedLogin("handhaver.assen", "not-the-password");
        String unknownUser = failedLogin("nobody-by-this-name", "not-the-password");
        assertThat(wrongPassword).isEqualTo(unknownUser).endsWith("/login?error");
        screenshot("login-failed-nl");
    }

    private String failedLogin(String username, String password) {
        open("login");
        page.getByLabel("Gebruikersnaam").fill(username);
        page.getByLabel("Wachtwoord").fill(password);
        page.keyboard().press("Enter");
        page.waitForURL(u -> u.contains("error"));
        settle();
        // the same, generic message in both cases (Playwright's text search pierces the form's shadow DOM)
        assertThat(page.getByText("De gebruikersnaam of het wachtwoord klopt niet. Probeer het opnieuw.")
                .isVisible()).isTrue();
        assertThat(page.getByText("Inloggen lukt niet").isVisible()).isTrue();
        return page.url().substring(page.url().indexOf("/login"));
    }

    @Test
    void a_demo_officer_logs_in_and_the_language_switcher_turns_the_page_english() {
        open("login");
        page.getByLabel("Gebruikersnaam").fill("handhaver.assen");
        page.getByLabel("Wachtwoord").fill("demo-portaal-2026");
        page.keyboard().press("Enter");
        page.waitForURL(u -> !u.contains("login"));
        settle();
        // the second step: a code from the demo staff accounts' authenticator key (see README.md)
        Locator logout = page.getByRole(AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Uitloggen").setExact(true));
        assertThat(logout.count()).isZero();
        completeSecondFactor("handhaver.assen");
        logout.waitFor();
        settle();
        assertThat(logout.isVisible()).isTrue();

        // the switcher is the browser's own select, found by its accessible name
        page.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("Taal")).selectOption("en");
        page.waitForFunction("() => document.documentElement.lang === 'en'");
        settle();
        page.waitForSelector("text=Log out");
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log out")).isVisible())
                .isTrue();
        screenshot("officer-en");

        // the choice is remembered: a fresh load stays English
        open("");
        assertThat(page.locator("h1").first().textContent()).isEqualTo("Recognition for sex work from home");
        assertThat(page.evaluate("document.documentElement.lang")).isEqualTo("en");
        assertAccessible("the landing page in English, signed in");
    }

    @Test
    void an_unknown_address_shows_the_translated_not_found_page() {
        open("bestaat/niet");
        assertThat(page.locator("h1").first().textContent()).isEqualTo("Pagina niet gevonden");
    }

    @Test
    void the_quick_exit_leaves_at_once_and_replaces_the_history_entry() {
        open("");
        open("login");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Snel weg")).click();
        page.waitForURL("about:blank");
        // the portal page we left is not in the history: going back returns to the page before it
        page.goBack();
        assertThat(page.url()).isEqualTo(url(""));
    }

    @Test
    void pressing_escape_twice_leaves_too() {
        open("");
        page.keyboard().press("Escape");
        page.keyboard().press("Escape");
        page.waitForURL("about:blank");
    }
}
