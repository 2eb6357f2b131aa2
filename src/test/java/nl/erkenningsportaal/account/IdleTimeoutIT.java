package nl.erkenningsportaal.account;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Cookie;
import com.microsoft.playwright.options.LoadState;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import nl.erkenningsportaal.browser.BrowserTest;
import nl.erkenningsportaal.platform.Roles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The idle limits (15 minutes for staff, 30 for workers; here 6 and 30 seconds) hold while Vaadin's heartbeat (here
 * every 2 seconds) keeps the page in contact with the server: an officer and a worker who leave their page open and
 * do nothing are signed out after their own limit, on the server (their cookie opens nothing any more), not merely
 * in the browser.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "portal.quick-exit-url=about:blank", "portal.security.staff-idle=6s", "portal.security.worker-idle=30s",
        "vaadin.heartbeatInterval=2"})
@ActiveProfiles({"test", "demo"})
class IdleTimeoutIT extends BrowserTest {

    static final String PASSWORD = "een lang wachtwoord 2026";

    @Autowired
    AccountService accountService;

    @Autowired
    SecondFactorService secondFactor;

    @Test
    void staff_and_workers_are_signed_out_after_their_idle_limit_although_the_heartbeat_goes_on() {
        String officer = "idle-" + UUID.randomUUID().toString().substring(0, 8);
        accountService.createDemoAccount(officer, PASSWORD, Roles.OFFICER, "GM0106");
        secondFactor.enrolDemoSecret(officer, DEMO_TOTP_SECRET);
        String worker = "idlew-" + UUID.randomUUID().toString().substring(0, 8);
        accountService.registerWorker(worker, PASSWORD);

        // the worker in this test's browser, the officer in a second one
        BrowserContext workerContext = context;
        Page workerPage = page;
        login(worker, PASSWORD);
        open("mijn-aanvraag");
        assertThat(page.locator("vaadin-login-form").count()).isZero();
        String workerSession = sessionId(workerContext);
        AtomicInteger workerHeartbeats = countHeartbeats(workerPage);

        BrowserContext officerContext = browser().newContext(new Browser.NewContextOptions().setLocale("nl-NL")
                .setViewportSize(1280, 900));
        officerContext.setDefaultTimeout(20_000);
        try {
            context = officerContext;
            page = officerContext.newPage();
            login(officer, PASSWORD);
            open("handhaving/nummer");
            Page officerPage = page;
            String officerSession = sessionId(officerContext);
            AtomicInteger officerHeartbeats = countHeartbeats(officerPage);
            // the worker's last action: her page opened again now
            workerPage.reload();
            workerPage.waitForLoadState(LoadState.NETWORKIDLE);

            // both leave their page open; only the heartbeat talks to the server
            idle(workerPage, Duration.ofSeconds(12));
            assertThat(officerHeartbeats.get()).as("heartbeats from the officer's page").isGreaterThanOrEqualTo(3);
            assertThat(workerHeartbeats.get()).as("heartbeats from the worker's page").isGreaterThanOrEqualTo(3);

            // past the staff limit: the officer's session is over on the server; the worker's is not (looked at
            // first, so that little more than 12 of her 30 seconds have gone)
            assertThat(landsOn(workerSession, "mijn-aanvraag")).as("the worker after 12 s")
                    .doesNotContain("[login form]");
            assertThat(landsOn(officerSession, "handhaving/nummer")).as("the officer after 12 s")
                    .contains("[login form]");
            officerPage.reload();
            officerPage.waitForLoadState(LoadState.NETWORKIDLE);
            officerPage.waitForSelector("vaadin-app-layout"); // drawn (a busy machine can be slower than network idle)
            assertThat(officerPage.locator("vaadin-login-form").count()).as("the officer's own browser").isOne();

            // past the worker's limit too, counted from her session's last request (the look above)
            idle(workerPage, Duration.ofSeconds(35));
            assertThat(workerHeartbeats.get()).isGreaterThanOrEqualTo(10);
            assertThat(landsOn(workerSession, "mijn-aanvraag")).as("the worker 35 s after her last request")
                    .contains("[login form]");
            workerPage.reload();
            workerPage.waitForLoadState(LoadState.NETWORKIDLE);
            workerPage.waitForSelector("vaadin-app-layout"); // drawn (a busy machine can be slower than network idle)
            assertThat(workerPage.locator("vaadin-login-form").count()).as("the worker's own browser").isOne();
        } finally {
            context = workerContext;
            page = workerPage;
            officerContext.close();
        }
    }

    /** Waits while the browser goes on by itself (Playwright delivers the pages' events meanwhile). */
    private static void idle(Page page, Duration time) {
        page.waitForTimeout(time.toMillis());
    }

    private static AtomicInteger countHeartbeats(Page page) {
        AtomicInteger heartbeats = new AtomicInteger();
        page.onRequest(r -> {
            if (r.url().contains("v-r=heartbeat")) {
                heartbeats.incrementAndGet();
            }
        });
        return heartbeats;
    }

    private static String sessionId(BrowserContext context) {
        return context.cookies().stream().filter(c -> "JSESSIONID".equals(c.name)).map(c -> c.value).findFirst()
                .orElseThrow();
    }

    /** Opens {@code route} in a browser that holds only {@code sessionId}. */
    private String landsOn(String sessionId, String route) {
        BrowserContext other = browser().newContext(new Browser.NewContextOptions().setLocale("nl-NL"));
        try {
            other.addCookies(List.of(new Cookie("JSESSIONID", sessionId).setDomain("localhost").setPath("/")));
            Page stranger = other.newPage();
            stranger.navigate(url(route));
            stranger.waitForLoadState(LoadState.NETWORKIDLE);
            stranger.waitForSelector("vaadin-app-layout");
            return stranger.url() + (stranger.locator("vaadin-login-form").count() > 0 ? " [login form]" : "");
        } finally {
            other.close();
        }
    }
}
