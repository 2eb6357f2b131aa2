package nl.erkenningsportaal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import org.junit.jupiter.api.Test;

class InformationBrowserIT extends BrowserTest {

    /** The heading levels on the page, in document order. */
    @SuppressWarnings("unchecked")
    List<Integer> headingLevels() {
        return ((List<Object>) page.evaluate("() => [...document.querySelectorAll('main h1, main h2, main h3, "
                + "main h4, main h5, main h6')].map(h => Number(h.tagName.substring(1)))"))
                .stream().map(n -> ((Number) n).intValue()).toList();
    }

    void assertHeadingsInOrder(String what) {
        List<Integer> levels = headingLevels();
        assertThat(levels).as(what).isNotEmpty().startsWith(1);
        assertThat(levels.stream().filter(l -> l == 1).count()).as(what).isEqualTo(1);
        for (int i = 1; i < levels.size(); i++) {
            assertThat(levels.get(i)).as(what + " " + levels).isLessThanOrEqualTo(levels.get(i - 1) + 1);
        }
    }

    @Test
    void the_footer_leads_to_the_privacy_and_accessibility_statements_which_are_accessible() {
        open("");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Privacyverklaring")).click();
        page.waitForURL(u -> u.endsWith("/privacy"));
        settle();
        assertThat(page.title()).endsWith(" | Erkenningsportaal").isNotEqualTo("Welkom | Erkenningsportaal");
        assertHeadingsInOrder("privacy");
        assertAccessible("the privacy statement");

        open("toegankelijkheid");
        assertThat(page.locator("main h1").count()).isEqualTo(1);
        assertHeadingsInOrder("toegankelijkheid");
        assertAccessible("the accessibility statement");
        screenshot("accessibility-statement-nl");
    }

    @Test
    void the_information_index_lists_pages_that_open_with_their_headings_in_order() {
        open("informatie");
        assertThat(page.locator("main h1").textContent()).isEqualTo("Informatie");
        assertAccessible("the information index");
        List<String> links = page.locator("main .portal-information-index a").all().stream()
                .map(a -> a.getAttribute("href")).toList();
        assertThat(links).isNotEmpty();
        for (String href : links) {
            open(href);
            assertHeadingsInOrder(href);
        }
        screenshot("information-page-nl");
        assertAccessible("an information page");
    }

    @Test
    void the_editor_is_accessible_and_previews_what_the_administrator_types() {
        open("login");
        page.getByLabel("Gebruikersnaam").fill("beheerder");
        page.getByLabel("Wachtwoord").fill("demo-portaal-2026");
        page.keyboard().press("Enter");
        page.waitForURL(u -> !u.contains("login"));
        settle();
        completeSecondFactor("beheerder");
        open("beheer/informatie");
        assertThat(page.locator("main h1").textContent()).isEqualTo("Informatiepagina's beheren");
        page.getByLabel("Pagina").first().click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Privacyverklaring (privacy)")).click();
        settle();
        page.getByLabel("Tekst (Markdown)").fill("## Kop\n\nNieuwe **tekst**.<img src=x onerror=alert(1)>");
        page.waitForFunction("() => document.querySelector('.portal-information-preview').textContent"
                + ".startsWith('Kop')");
        assertThat(page.locator(".portal-information-preview strong").textContent()).isEqualTo("tekst");
        assertThat(page.locator(".portal-information-preview img").count()).isZero();
        screenshot("information-editor-nl");
        assertAccessible("the information editor");
    }
}
