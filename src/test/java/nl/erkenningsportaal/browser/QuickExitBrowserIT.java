package nl.erkenningsportaal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.Cookie;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The quick exit really leaves (issue 23). A worker signs in on a shared phone's browser and looks at her request;
 * she presses "Snel weg". The browser is on the neutral site at once; Back reaches none of her pages (moving between
 * the portal's pages left no entries in the history, and the one left is fetched again and finds no session);
 * opening the portal's address again shows the login; and the old session cookie, put into a fresh browser, reaches
 * nothing of hers: the session ended on the server. When the server cannot answer, the button still leaves.
 */
class QuickExitBrowserIT extends BrowserTest {

    static final String PASSWORD = "een lang wachtwoord voor de proef";
    static final String HERS = "Uw aanvraag is binnen";

    private Cookie sessionCookie(BrowserContext of) {
        return of.cookies().stream().filter(c -> c.name.equals("JSESSIONID")).findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie"));
    }

    private int historyLength() {
        return ((Number) page.evaluate("history.length")).intValue();
    }

    /** Clicks a link of the menu (a router link: Vaadin moves to the page without loading it again). */
    private void menu(String path) {
        page.locator("a[router-link][href='" + path + "']").first().click();
        page.waitForURL(u -> u.endsWith("/" + path));
        settle();
    }

    private boolean signedInPageShown() {
        return page.locator(".portal-logout").count() > 0 || page.getByText(HERS).count() > 0;
    }

    @Test
    void after_the_quick_exit_back_reload_and_the_old_cookie_reach_nothing_of_hers() {
        String username = "snelweg-" + UUID.randomUUID().toString().substring(0, 6);
        signUp(username, PASSWORD);
        login(username, PASSWORD);
        assertThat(page.url()).as("a worker lands on her own page after signing in").endsWith("/mijn-aanvraag");
        fillRequestForm("Ana Quick");
        button("Aanvraag versturen").click();
        page.getByText(HERS).waitFor();

        // moving between her pages adds nothing to the tab's history
        int entries = historyLength();
        menu("mijn-gegevens");
        menu("mijn-aanvraag");
        page.getByText(HERS).waitFor();
        assertThat(historyLength()).as("entries in the history after moving between pages").isEqualTo(entries);
        Cookie old = sessionCookie(context);

        button("Snel weg").click();
        page.waitForURL("about:blank");

        // Back: whatever portal entry is left is fetched again, and shows neither her page nor her menu
        List<String> visited = new ArrayList<>();
        for (int step = 0; step < 5; step++) {
            Response back = page.goBack();
            if (back == null && page.url().equals("about:blank")) {
                break;
            }
            visited.add(page.url());
            if (page.url().startsWith(url(""))) {
                settle();
                assertThat(signedInPageShown()).as("after Back, at " + page.url()).isFalse();
                assertThat(page.url()).as("her pages are not in the history").doesNotContain("mijn-");
            }
        }
        assertThat(visited).as("the pages Back reaches").allMatch(u -> !u.contains("mijn-"));

        // the portal's address again: the login, not her page
        open("mijn-aanvraag");
        assertThat(page.url()).contains("login");
        assertThat(signedInPageShown()).isFalse();

        // the old session cookie in a fresh browser reaches nothing: the session ended on the server
        BrowserContext other = browser().newContext(new Browser.NewContextOptions().setLocale("nl-NL"));
        try {
            other.setDefaultTimeout(20_000);
            other.addCookies(List.of(new Cookie(old.name, old.value).setDomain(old.domain).setPath(old.path)));
            Page laptop = page;
            page = other.newPage();
            try {
                open("mijn-aanvraag");
                assertThat(page.url()).as("with the old session cookie").contains("login");
                assertThat(signedInPageShown()).isFalse();
            } finally {
                page = laptop;
            }
        } finally {
            other.close();
        }
    }

    @Test
    void the_safety_page_explains_it_and_the_quick_exit_leaves_when_the_server_cannot_answer() {
        open("informatie/veilig-gebruik");
        assertThat(page.locator("h1").first().textContent()).isEqualTo("Veilig gebruik van het portaal");
        assertThat(page.getByText("Wat Snel weg niet kan").isVisible()).isTrue();
        // from now on nothing reaches the server
        context.route(url("") + "**", route -> route.abort());
        button("Snel weg").click();
        page.waitForURL("about:blank");
    }
}
