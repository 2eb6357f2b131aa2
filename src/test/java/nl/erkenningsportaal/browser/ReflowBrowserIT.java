package nl.erkenningsportaal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.BoundingBox;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import nl.erkenningsportaal.consultation.ConsultationFixtures;
import nl.erkenningsportaal.recognition.RecognitionFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Reflow (WCAG 1.4.10) and zoom (1.4.4): the main pages of every role, at 320 × 640 CSS pixels (a small phone)
 * and at 1280 × 900 zoomed to 200% (640 × 450 CSS pixels, device scale factor 2), scroll only vertically and
 * show their key controls whole. Data tables may scroll on their own (1.4.10 allows it). A page with a finding
 * is saved as target/screenshots/reflow-WIDTH-PAGE.png.
 */
class ReflowBrowserIT extends BrowserTest {

    /** Width × height in CSS pixels: a 320 px phone, and a 1280 × 900 window at 200% zoom. */
    static final int[][] VIEWPORTS = {{320, 640}, {640, 450}};

    @Autowired
    RecognitionFixtures recognitions;

    @Autowired
    ConsultationFixtures consultations;

    /**
     * The elements whose right edge lies beyond the viewport, outside a container that scrolls on its own (a grid),
     * as short descriptions; and whether the document itself scrolls sideways.
     */
    static final String OVERFLOW = """
            () => {
              const width = document.documentElement.clientWidth;
              const found = [];
              if (document.documentElement.scrollWidth > width) {
                found.push('document scrollWidth ' + document.documentElement.scrollWidth + ' > ' + width);
              }
              const scrollsOnItsOwn = el => {
                for (let e = el.parentElement; e; e = e.parentElement) {
                  if (e.localName === 'vaadin-grid') return true;
                  const o = getComputedStyle(e).overflowX;
                  if (o === 'auto' || o === 'scroll') return true;
                }
                return false;
              };
              for (const el of document.querySelectorAll('body *')) {
                const r = el.getBoundingClientRect();
                if (r.width === 0 || r.height === 0 || r.right <= width + 1) continue;
                if (getComputedStyle(el).visibility === 'hidden' || scrollsOnItsOwn(el)) continue;
                found.push(el.localName + (el.className && typeof el.className === 'string' ? '.'
                  + el.className.trim().split(/\\s+/).join('.') : '') + ' right=' + Math.round(r.right)
                  + ' "' + (el.textContent || '').trim().substring(0, 40) + '"');
              }
              return found.slice(0, 10);
            }""";

    @Test
    void the_main_pages_of_every_role_reflow_at_320_pixels_and_at_200_percent_zoom() {
        long request = recognitions.submittedInAssen("Smalle Schermpersoon");
        long session = consultations.sessionNextWeek(2).id();
        String slug = "erkenning";

        Map<String, Function<Page, Locator>> anonymous = new LinkedHashMap<>();
        anonymous.put("", p -> button(p, "Snel weg"));
        anonymous.put("login", p -> p.getByLabel("Wachtwoord"));
        anonymous.put("registreren", p -> button(p, "Account aanmaken"));
        anonymous.put("informatie", p -> p.locator("main h1"));
        anonymous.put("informatie/" + slug, p -> p.locator("main h1"));
        anonymous.put("privacy", p -> p.locator("main h1"));

        Map<String, Function<Page, Locator>> worker = new LinkedHashMap<>();
        worker.put("mijn-aanvraag", p -> p.locator("main h1"));
        worker.put("spreekuur", p -> p.getByLabel("Uw gemeente"));
        worker.put("berichten", p -> p.locator("main h1"));
        worker.put("mijn-gegevens", p -> p.locator("main h1"));

        Map<String, Function<Page, Locator>> officer = new LinkedHashMap<>();
        officer.put("handhaving", p -> p.locator("main vaadin-grid"));
        officer.put("handhaving/aanvraag/" + request, p -> button(p, "Identiteit openen"));
        officer.put("signalen", p -> button(p, "Signaal melden"));
        officer.put("handhaving/aan-de-deur", p -> button(p, "Erkennen en code maken"));
        officer.put("handhaving/outreach", p -> p.locator("main h1"));

        Map<String, Function<Page, Locator>> ggd = new LinkedHashMap<>();
        ggd.put("ggd", p -> button(p, "Nieuwe reeks spreekuren"));
        ggd.put("ggd/sessie/" + session, p -> button(p, "Spreekuur laten vervallen"));

        // longer words than Dutch (a Spanish heading once ran off a 320 px screen); Romanian, Bulgarian, Hungarian,
        // Polish and Thai (which has no spaces between words) are checked the same way, on more pages, by
        // ScriptsBrowserIT, which opens them at 320 pixels anyway
        Map<String, Function<Page, Locator>> otherLanguages = new LinkedHashMap<>();
        otherLanguages.put("", p -> p.locator(".portal-quick-exit"));
        otherLanguages.put("informatie", p -> p.locator("main h1"));
        otherLanguages.put("registreren", p -> p.locator("main h1"));

        List<String> findings = new ArrayList<>();
        check(null, anonymous, findings);
        check(null, otherLanguages, findings, "es-ES");
        check(null, otherLanguages, findings, "pt-BR");
        check("werker", worker, findings);
        check("handhaver.assen", officer, findings);
        check("ggd", ggd, findings);
        assertThat(findings).as("pages that scroll sideways or cut off a key control").isEmpty();
    }

    private void check(String user, Map<String, Function<Page, Locator>> pages, List<String> findings) {
        check(user, pages, findings, "nl-NL");
    }

    private void check(String user, Map<String, Function<Page, Locator>> pages, List<String> findings,
            String locale) {
        context.close();
        context = browser().newContext(new Browser.NewContextOptions().setLocale(locale)
                .setViewportSize(VIEWPORTS[0][0], VIEWPORTS[0][1]).setDeviceScaleFactor(2));
        context.setDefaultTimeout(20_000);
        page = context.newPage();
        if (user != null) {
            login(user, "demo-portaal-2026");
        }
        for (Map.Entry<String, Function<Page, Locator>> entry : pages.entrySet()) {
            page.setViewportSize(VIEWPORTS[0][0], VIEWPORTS[0][1]);
            open(entry.getKey());
            reflows(this, locale, entry.getKey(), entry.getValue(), findings);
        }
    }

    /**
     * The open page at each viewport in turn (resized in place: the layout follows the width as it does when a user
     * zooms): whether it scrolls sideways, and whether the quick exit, the language switcher and its own key control
     * are shown whole. A page with a finding is saved as a screenshot. Leaves the page at the first viewport.
     */
    static void reflows(BrowserTest test, String locale, String path, Function<Page, Locator> key,
            List<String> findings) {
        Page page = test.page;
        for (int[] viewport : VIEWPORTS) {
            page.setViewportSize(viewport[0], viewport[1]);
            page.evaluate("() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))");
            String where = viewport[0] + "px " + locale + " /" + path;
            int before = findings.size();
            @SuppressWarnings("unchecked")
            List<String> overflow = (List<String>) page.evaluate(OVERFLOW);
            overflow.forEach(o -> findings.add(where + ": " + o));
            for (Locator control : List.of(page.locator(".portal-quick-exit"), page.locator("select.portal-language"),
                    key.apply(page).first())) {
                String problem = wholeInView(control, viewport[0]);
                if (problem != null) {
                    findings.add(where + ": " + control + " " + problem);
                }
            }
            if (findings.size() > before) { // a picture of what was found, at this width
                test.screenshot("reflow-" + viewport[0] + "-" + (locale.startsWith("nl") ? "" : locale + "-")
                        + (path.isEmpty() ? "start" : path.replaceAll("[^a-z0-9-]+", "_")));
            }
        }
        page.setViewportSize(VIEWPORTS[0][0], VIEWPORTS[0][1]);
    }

    /** Null when the control is shown whole within the viewport's width; otherwise what is wrong. */
    private static String wholeInView(Locator control, int width) {
        if (control.count() == 0 || !control.isVisible()) {
            return "is not visible";
        }
        control.scrollIntoViewIfNeeded();
        BoundingBox box = control.boundingBox();
        if (box == null || box.x < -1 || box.x + box.width > width + 1) {
            return "is cut off: " + (box == null ? "no box" : Math.round(box.x) + ".." + Math.round(box.x + box.width));
        }
        return null;
    }

    private static Locator button(Page page, String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }
}
