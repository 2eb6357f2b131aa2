package nl.erkenningsportaal.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.Duration;
import java.util.UUID;
import nl.erkenningsportaal.browser.BrowserTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The database stops for half a minute while people use the portal ({@code -Dportal.test.outage=PT30S} by
 * default): a worker who sends her request sees the calm, translated "briefly unavailable" message within seconds,
 * a page that needs the database shows it too, a login is not told its password is wrong, a transaction caught in
 * the middle leaves nothing behind, and once MariaDB is back the same click sends the request, without restarting
 * the portal.
 */
class DatabaseOutageIT extends BrowserTest {

    static final Duration OUTAGE = Duration.parse(System.getProperty("portal.test.outage", "PT30S"));
    static final String PASSWORD = "een lang wachtwoord 2026";
    static final String UNAVAILABLE_NL = "Het portaal is even niet bereikbaar";

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    JobRuns jobRuns;

    @Autowired
    DatabaseStatus database;

    @LocalManagementPort
    int managementPort;

    private boolean stopped;

    @AfterEach
    void databaseRunsAgain() {
        if (stopped) {
            EmbeddedMariaDb.running().startServer();
        }
    }

    @Test
    void a_database_outage_shows_a_calm_message_leaves_nothing_half_written_and_heals_without_a_restart() {
        String username = "outage-" + UUID.randomUUID().toString().substring(0, 6);
        signUp(username, PASSWORD);
        login(username, PASSWORD);
        open("mijn-aanvraag");
        fillRequestForm("Ana Souza");
        String job = "outage-" + UUID.randomUUID();

        // a transaction is half-way when the database stops: its first write must not survive
        long outageStart = System.nanoTime();
        Throwable midway = catchFailure(() -> tx.executeWithoutResult(status -> {
            assertThat(jobRuns.claim(job, "first")).isTrue();
            EmbeddedMariaDb.running().stopServer();
            stopped = true;
            jobRuns.claim(job, "second");
        }));
        assertThat(database.unreachable(midway)).as(Faults.describe(midway)).isTrue();

        // the worker sends her request: a calm, translated message within seconds, and the form keeps what she typed
        long clicked = System.nanoTime();
        button("Aanvraag versturen").click();
        Locator calm = page.locator("vaadin-notification-card").filter(new Locator.FilterOptions()
                .setHasText("Uw gegevens zijn niet verloren en niets is half opgeslagen"));
        calm.waitFor();
        long calmAfter = millisSince(clicked);
        assertThat(page.content()).doesNotContain("Exception", "at nl.erkenningsportaal");
        screenshot("outage-1-calm-message");
        assertThat(calmAfter).as("the message appears within seconds, not after 30").isLessThan(10_000);
        assertThat(page.getByLabel("Straat van het werkadres").inputValue()).isEqualTo("Kerkstraat");

        // a page that needs the database shows the calm page (inside the shell, with the quick exit)
        Page second = context.newPage();
        second.navigate(url("berichten"));
        second.locator("h1").filter(new Locator.FilterOptions().setHasText(UNAVAILABLE_NL)).waitFor();
        assertThat(second.locator("h1").first().textContent()).isEqualTo(UNAVAILABLE_NL);
        assertThat(second.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Snel weg")).isVisible())
                .isTrue();
        assertThat(second.content()).doesNotContain("Exception", "There was an exception");
        second.screenshot(new Page.ScreenshotOptions().setPath(java.nio.file.Path.of("target/screenshots/outage-2-page.png")));
        second.close();

        // someone logging in (in English) is told to try again, not that the password is wrong
        try (BrowserContext english = context.browser().newContext(new Browser.NewContextOptions()
                .setLocale("en-GB"))) {
            Page login = english.newPage();
            login.navigate(url("login"));
            login.waitForSelector("vaadin-login-form");
            login.getByLabel("User name").fill(username);
            login.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(PASSWORD);
            login.keyboard().press("Enter");
            login.waitForURL(u -> u.contains("error"));
            login.getByText("Logging in is briefly not possible").waitFor();
            assertThat(login.getByText("The user name or password is not correct").count()).isZero();
        }

        // a write from the server side fails fast too
        long direct = System.nanoTime();
        assertThatThrownBy(() -> jobRuns.claim(job, "during")).satisfies(
                e -> assertThat(Faults.databaseUnreachable(e)).as(Faults.describe(e)).isTrue());
        long directFailure = millisSince(direct);
        assertThat(directFailure).isLessThan(10_000);

        // the node stays alive for the load balancer (which keeps sending people here, to the calm message) while
        // its full health, on the management port, tells monitoring that the database is down
        assertThat(status(url("actuator/health/liveness"))).isEqualTo(200);
        assertThat(status("http://localhost:" + managementPort + "/actuator/health")).isEqualTo(503);
        assertThat(status("http://localhost:" + managementPort + "/actuator/health/database")).isEqualTo(503);

        // the rest of the outage
        sleepUntil(outageStart + OUTAGE.toNanos());
        long restart = System.nanoTime();
        EmbeddedMariaDb.running().startServer();
        stopped = false;
        long restartTook = millisSince(restart);

        // the portal heals itself: the pool replaces its broken connections on the next use
        long back = System.nanoTime();
        Integer one = jdbc.queryForObject("SELECT 1", Integer.class);
        long firstQuery = millisSince(back);
        assertThat(one).isEqualTo(1);

        // the same click now sends the request, once
        long resend = System.nanoTime();
        button("Aanvraag versturen").click();
        page.getByText("Uw aanvraag is binnen").waitFor();
        long resent = millisSince(resend);
        screenshot("outage-3-sent-after-recovery");

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM recognition_request r JOIN user_account a "
                + "ON a.id = r.worker_account_id WHERE a.username = ?", Integer.class, username))
                .as("one request: none from the outage, one after it").isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM job_run WHERE job = ?", Integer.class, job))
                .as("the transaction caught by the outage left nothing").isZero();

        System.out.printf("Database outage of %d s: calm message %d ms after the click, server-side write failed "
                + "after %d ms; MariaDB restart %d ms; first query after restart %d ms; request sent %d ms after the "
                + "click once back; whole outage story %d ms%n", OUTAGE.toSeconds(), calmAfter, directFailure,
                restartTook, firstQuery, resent, millisSince(outageStart));
    }

    private int status(String address) {
        return page.request().get(address).status();
    }

    private static Throwable catchFailure(Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            return e;
        }
        throw new AssertionError("expected the transaction to fail");
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static void sleepUntil(long nanoTime) {
        long left = nanoTime - System.nanoTime();
        if (left > 0) {
            try {
                Thread.sleep(Duration.ofNanos(left));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
