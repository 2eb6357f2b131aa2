package nl.erkenningsportaal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.WaitForSelectorState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * Base of the browser tests: Debian's Chromium driven by Playwright, nothing downloaded. Screenshots go to
 * {@code target/screenshots}. Every browser test runs against the same application (one configuration here, so
 * Spring starts it once for all of them); the quick exit leaves for about:blank so no test reaches the internet.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "portal.quick-exit-url=about:blank")
@ActiveProfiles({"test", "demo"})
public abstract class BrowserTest {

    static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    static final Path SCREENSHOTS = Path.of("target/screenshots");

    private static Playwright playwright;
    private static Browser browser;

    @LocalServerPort
    protected int port;

    protected BrowserContext context;
    protected Page page;

    /**
     * One Chromium for the whole test JVM: the first browser test class launches it, the next ones reuse it (each
     * test still gets a fresh context of its own, so no cookie, storage or cache passes from one test to the next);
     * it ends with the JVM (Playwright's driver closes it when its pipe to the JVM closes; closing it from a shutdown
     * hook stalled the fork's exit for 30 seconds). A Chromium that went away is launched again.
     */
    @BeforeAll
    static synchronized void launchChromium() {
        if (browser != null && browser.isConnected()) {
            return;
        }
        closeChromium();
        Path chromium = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser").stream().map(Path::of)
                .filter(Files::isExecutable).findFirst()
                .orElseThrow(() -> new IllegalStateException("Install Debian's chromium (apt-get install chromium)"));
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(chromium)
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run")));
    }

    /** The shared Chromium, for a test that needs a context of its own (another viewport or scale factor). */
    protected static Browser browser() {
        return browser;
    }

    private static synchronized void closeChromium() {
        try {
            if (browser != null) {
                browser.close();
            }
            if (playwright != null) {
                playwright.close();
            }
        } catch (RuntimeException alreadyGone) {
            // the driver or the browser ended already
        } finally {
            browser = null;
            playwright = null;
        }
    }

    @BeforeEach
    void openPage() {
        context = browser.newContext(new Browser.NewContextOptions().setLocale("nl-NL")
                .setViewportSize(1280, 900));
        context.setDefaultTimeout(20_000);
        page = context.newPage();
    }

    @AfterEach
    void closePage() {
        context.close();
    }

    /** Where a browser test class spent its time waiting (one line per class on standard output). */
    enum Timing {
        SETTLE, LOGIN, AXE, SCREENSHOT, TOTP_REFUSED;

        private final java.util.concurrent.atomic.AtomicLong count = new java.util.concurrent.atomic.AtomicLong();
        private final java.util.concurrent.atomic.AtomicLong nanos = new java.util.concurrent.atomic.AtomicLong();

        void add(long startNanos) {
            count.incrementAndGet();
            nanos.addAndGet(System.nanoTime() - startNanos);
        }

        static String summary() {
            StringBuilder line = new StringBuilder();
            for (Timing t : values()) {
                line.append(' ').append(t.name().toLowerCase()).append(' ').append(t.count.getAndSet(0)).append("x ")
                        .append(t.nanos.getAndSet(0) / 1_000_000).append(" ms");
            }
            return line.toString();
        }
    }

    @org.junit.jupiter.api.AfterAll
    static void reportTiming(org.junit.jupiter.api.TestInfo info) {
        System.out.println("browser timing " + info.getTestClass().map(Class::getSimpleName).orElse("?") + ":"
                + Timing.summary());
    }

    protected String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }

    /** Opens a route and waits until Vaadin has rendered it. */
    protected void open(String path) {
        page.navigate(url(path));
        settle();
    }

    /**
     * Vaadin has drawn the page and its client has had nothing left to do for a tenth of a second: no request to the
     * server on its way (the check Vaadin TestBench makes after every step), and no loading indicator. The tenth
     * covers a request that follows the answer to another (a view that forwards, a reload the server asked for).
     */
    static final String VAADIN_IDLE = """
            key => {
              const idle = !!(window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients)
                && Object.values(window.Vaadin.Flow.clients).length > 0
                && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive())
                && !!document.querySelector('vaadin-app-layout')
                && !document.querySelector('vaadin-connection-indicator[loading]');
              const since = window.portalIdleSince || (window.portalIdleSince = {});
              if (!idle) {
                delete since[key];
                return false;
              }
              since[key] = since[key] || performance.now();
              return performance.now() - since[key] >= 100;
            }""";

    private static final java.util.concurrent.atomic.AtomicLong SETTLES = new java.util.concurrent.atomic.AtomicLong();

    /**
     * Waits until the page has loaded and Vaadin has answered everything it asked (rather than for half a second
     * without any network traffic, which cost every step 0.5 s or more).
     */
    protected void settle() {
        long t0 = System.nanoTime();
        page.waitForLoadState(com.microsoft.playwright.options.LoadState.LOAD);
        page.waitForFunction(VAADIN_IDLE, Long.toString(SETTLES.incrementAndGet()));
        Timing.SETTLE.add(t0);
    }

    /** The demo staff accounts' second-factor key (demo profile only; see README.md). */
    protected static final String DEMO_TOTP_SECRET = "ERKENNINGSPORTAALDEMOGEHEIM23456";

    @Autowired
    private JdbcTemplate accountSteps;

    /**
     * After a staff password the portal asks for a code from the authenticator app. A code is accepted once only and
     * the demo accounts share one key, so the code typed is that of the first time step after the one this account
     * used last (read from the database; the portal accepts one step early): a second login within the same 30
     * seconds gets in without waiting for the refusal of a spent code. If the account used even the next step, the
     * test waits until that step has come (at most one step).
     */
    protected void completeSecondFactor(String username) {
        Locator code = page.getByLabel("Code uit de app");
        code.waitFor();
        for (int attempt = 0; attempt < 3; attempt++) {
            long t0 = System.nanoTime();
            code.fill(nextCode(username));
            page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                    new Page.GetByRoleOptions().setName("Bevestigen").setExact(true)).click();
            try {
                // accepted: the page reloads at the start page, so the code field goes away
                code.waitFor(new Locator.WaitForOptions()
                        .setState(com.microsoft.playwright.options.WaitForSelectorState.DETACHED).setTimeout(5_000));
                page.waitForURL(u -> !u.contains("tweede-factor"));
                settle();
                return;
            } catch (com.microsoft.playwright.TimeoutError refused) {
                // a step boundary passed between reading the last step and the server checking the code: again
                Timing.TOTP_REFUSED.add(t0);
            }
        }
        throw new AssertionError("the second factor was not accepted");
    }

    /** The demo key's code for the first step after the one {@code username} used last, never a spent one. */
    private String nextCode(String username) {
        Long last = accountSteps.queryForObject("SELECT totp_last_step FROM user_account WHERE username = ?",
                Long.class, username);
        long step = nl.erkenningsportaal.account.Totp.step(java.time.Instant.now());
        long wanted = last == null ? step : Math.max(step, last + 1);
        while (wanted > step + 1) { // both this step's and the next step's code are spent: wait for the next step
            long millis = (step + 1) * nl.erkenningsportaal.account.Totp.STEP_SECONDS * 1000
                    - System.currentTimeMillis();
            page.waitForTimeout(Math.max(1, millis));
            step = nl.erkenningsportaal.account.Totp.step(java.time.Instant.now());
        }
        return nl.erkenningsportaal.account.Totp.codeAt(DEMO_TOTP_SECRET,
                java.time.Instant.ofEpochSecond(wanted * nl.erkenningsportaal.account.Totp.STEP_SECONDS));
    }

    /** Logs in with the login form; staff accounts complete the demo second factor. */
    protected void login(String username, String password) {
        long t0 = System.nanoTime();
        open("login");
        page.getByLabel("Gebruikersnaam").fill(username);
        page.getByLabel("Wachtwoord").fill(password);
        page.keyboard().press("Enter");
        page.waitForURL(u -> !u.contains("login"));
        settle();
        if (page.url().contains("tweede-factor")) {
            completeSecondFactor(username);
        }
        Timing.LOGIN.add(t0);
    }

    // ---- steps the stories share (Dutch labels, as a worker in Assen sees them) ----------------------------------

    /** A button by its exact accessible name. */
    protected Locator button(String name) {
        return page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    /**
     * The grid cell that shows exactly {@code text}, among the rows drawn now. A grid keeps the cells of rows it no
     * longer shows (hidden, still holding their last text) to reuse them, so after a filter a text can be in the page
     * twice: once shown, once in a hidden row.
     */
    protected Locator shownCell(String text) {
        String escaped = text.replaceAll("[\\\\^$.|?*+()\\[\\]{}]", "\\\\$0");
        return page.locator("vaadin-grid-cell-content:visible").filter(new Locator.FilterOptions()
                .setHasText(java.util.regex.Pattern.compile("^\\s*" + escaped + "\\s*$")));
    }

    /** The open dialog (Vaadin's dialog element has no box of its own: its overlay shows the content). */
    protected Locator openDialog() {
        Locator dialog = page.locator("vaadin-dialog[opened]");
        // the dialog and its fields arrive with the server's answer: act on them once that answer is applied
        // (checking a box while the answer was still on its way once left it unchecked in a CI run)
        dialog.waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.ATTACHED));
        settle();
        return dialog;
    }

    /** Types an option into a combo box and clicks it in the list the server filtered. */
    protected void pick(String label, String option) {
        Locator field = page.getByLabel(label);
        field.click();
        field.fill(option);
        page.getByRole(com.microsoft.playwright.options.AriaRole.OPTION,
                new Page.GetByRoleOptions().setName(option).setExact(true)).first().click();
        // close the overlay with Tab: two Escapes in a row would take the quick exit
        page.keyboard().press("Tab");
    }

    /** Chooses why a request's identity or messages are opened (the officer's and coordinator's reason field). */
    protected void chooseReason(String reason) {
        page.locator("vaadin-select").filter(new Locator.FilterOptions().setHasText("Reden")).first().click();
        page.getByRole(com.microsoft.playwright.options.AriaRole.OPTION,
                new Page.GetByRoleOptions().setName(reason).setExact(true)).click();
        settle();
    }

    /** Signs up a worker without e-mail, with consent; ends on the login page. */
    protected void signUp(String username, String password) {
        open("registreren");
        page.getByLabel("Gebruikersnaam").fill(username);
        page.getByLabel("Wachtwoord", new Page.GetByLabelOptions().setExact(true)).fill(password);
        page.getByLabel("Herhaal het nieuwe wachtwoord").fill(password);
        page.getByText("Ik geef toestemming").click();
        button("Account aanmaken").click();
        page.waitForURL(u -> u.endsWith("/login"));
        settle();
    }

    /** Fills the recognition request on the open request page (work address in Assen); does not send it. */
    protected void fillRequestForm(String legalName) {
        page.getByLabel("Naam zoals in uw paspoort of identiteitskaart").fill(legalName);
        page.getByLabel("Geboortedatum").fill("1-5-1990");
        page.getByLabel("Geboortedatum").press("Enter");
        pick("Nationaliteit", "Polen");
        pick("Talen die u spreekt", "Pools");
        page.getByLabel("Straat van het werkadres").fill("Kerkstraat");
        page.getByLabel("Huisnummer").fill("3");
        page.getByLabel("Postcode").fill("9401 AB");
        page.getByLabel("Plaats").fill("Assen");
        page.getByLabel("Plaats").press("Tab"); // the postcode's municipality is looked up as the field is left
        settle();
    }

    // ---- the keyboard (WCAG 2.1.1): Tab to a control and check where the focus is ----------------------------------

    /** Whether the focus (looking through shadow roots) is this element or inside it. */
    static final String HAS_FOCUS = "el => el.matches(':focus') || el.matches(':focus-within')";

    /** Presses Tab until the focus is on {@code target}; fails when that takes more than {@code max} presses. */
    protected void tabTo(Locator target, int max) {
        tabTo(target, max, "Tab");
    }

    protected void tabTo(Locator target, int max, String key) {
        try {
            target.first().waitFor(ATTACHED);
        } catch (com.microsoft.playwright.TimeoutError missing) {
            screenshot("keyboard-missing-target");
            throw new AssertionError("not on the page " + page.url() + " (headings: " + page.evaluate(
                    "() => Array.from(document.querySelectorAll('h1, h2')).map(h => h.textContent).join(' | ')")
                    + "): " + target + "; open overlays: " + page.evaluate(
                    "() => Array.from(document.querySelectorAll('[opened]')).map(e => e.tagName).join(', ')")
                    + "; hidden from assistive technology: " + page.evaluate("() => Array.from(document.querySelectorAll("
                    + "'[aria-hidden=true], [inert]')).filter(e => !e.closest('vaadin-date-picker-overlay, "
                    + "vaadin-month-calendar')).map(e => e.tagName + (e.id ? '#' + e.id : '') + '.' + e.className)"
                    + ".join(', ')"), missing);
        }
        for (int i = 0; i < max; i++) {
            if ((Boolean) target.first().evaluate(HAS_FOCUS)) {
                return;
            }
            page.keyboard().press(key);
        }
        assertThat((Boolean) target.first().evaluate(HAS_FOCUS))
                .as(key + " did not reach " + target + " in " + max + " presses").isTrue();
    }

    static final Locator.WaitForOptions ATTACHED = new Locator.WaitForOptions()
            .setState(WaitForSelectorState.ATTACHED);

    protected void screenshot(String name) {
        long t0 = System.nanoTime();
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
        Timing.SCREENSHOT.add(t0);
    }

    /** axe-core as the axe-core Playwright library ships it. */
    static final String AXE_SOURCE = axeSource();

    private static String axeSource() {
        try (var in = AxeBuilder.class.getResourceAsStream("/axe.min.js")) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException | NullPointerException e) {
            throw new IllegalStateException("axe.min.js is not on the class path", e);
        }
    }

    /**
     * axe-core's WCAG 2.1 A/AA violations on the current page, as "rule: targets" lines. axe-core is loaded into
     * the page once (until the next page load) and run there in one call, returning only the violations: the same
     * rules as {@code AxeBuilder.withTags(WCAG_TAGS).analyze()}, without its per-call injection, its extra page for
     * combining frame results (the portal has no frames) and the full results (passes too) sent to Java.
     */
    @SuppressWarnings("unchecked")
    protected List<String> accessibilityViolations() {
        long t0 = System.nanoTime();
        // colours are measured as shown: a notification or dialog still fading in or out is partly transparent, and
        // axe then reports its text's contrast (it did, once, for the notice after a case was assigned)
        page.waitForFunction("() => !document.querySelector(':is(vaadin-notification-card, vaadin-dialog, "
                + "vaadin-dialog-overlay):is([opening], [closing])')");
        if (!(Boolean) page.evaluate("() => !!window.axe")) {
            page.evaluate(AXE_SOURCE);
        }
        List<String> found = new ArrayList<>((List<String>) page.evaluate("tags => axe.run(document, {runOnly: "
                + "{type: 'tag', values: tags}, resultTypes: ['violations']}).then(r => r.violations.map(v => v.id"
                + " + ': ' + v.nodes.map(n => JSON.stringify(n.target)).join(', ')))", WCAG_TAGS));
        Timing.AXE.add(t0);
        return found;
    }

    protected void assertAccessible(String what) {
        assertThat(accessibilityViolations()).as("axe-core on " + what).isEmpty();
    }
}
