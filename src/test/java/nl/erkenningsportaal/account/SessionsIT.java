package nl.erkenningsportaal.account;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Cookie;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import nl.erkenningsportaal.WebClient;
import nl.erkenningsportaal.browser.BrowserTest;
import nl.erkenningsportaal.platform.Roles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Sessions in real Chromium: the session id changes when the password is accepted and again after the second
 * factor, and none of the earlier ids opens anything; signing out ends the session on the server, so the old cookie
 * reaches nothing; disabling a staff account ends its open session within seconds. (The idle limits are proven by
 * {@code IdleTimeoutIT}, a restarted node by {@code HttpsHeadersAndCookiesIT}.)
 */
class SessionsIT extends BrowserTest {

    static final String PASSWORD = "een lang wachtwoord 2026";

    @Autowired
    AccountService accountService;

    @Autowired
    SecondFactorService secondFactor;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    /** A new officer of Assen with the demo authenticator key, so the test can type its codes. */
    private String officer() {
        String username = "sess-" + UUID.randomUUID().toString().substring(0, 8);
        accountService.createDemoAccount(username, PASSWORD, Roles.OFFICER, "GM0106");
        secondFactor.enrolDemoSecret(username, DEMO_TOTP_SECRET);
        return username;
    }

    private String sessionId() {
        return context.cookies().stream().filter(c -> "JSESSIONID".equals(c.name)).map(c -> c.value).findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie"));
    }

    /** Opens {@code route} in a browser that holds only {@code sessionId}: where does it land? */
    private String openWithOnly(String sessionId, String route) {
        BrowserContext other = browser().newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                .setLocale("nl-NL"));
        try {
            other.addCookies(List.of(new Cookie("JSESSIONID", sessionId).setDomain("localhost").setPath("/")));
            Page stranger = other.newPage();
            stranger.navigate(url(route));
            stranger.waitForLoadState(com.microsoft.playwright.options.LoadState.NETWORKIDLE);
            stranger.waitForSelector("vaadin-app-layout");
            return stranger.url() + (stranger.locator("vaadin-login-form").count() > 0 ? " [login form]" : "");
        } finally {
            other.close();
        }
    }

    @Test
    void the_session_id_changes_at_sign_in_and_after_the_second_factor_and_no_earlier_id_opens_anything() {
        String username = officer();
        open("login");
        String anonymous = sessionId();
        page.getByLabel("Gebruikersnaam").fill(username);
        page.getByLabel("Wachtwoord").fill(PASSWORD);
        page.keyboard().press("Enter");
        page.waitForURL(u -> u.contains("tweede-factor"));
        settle();
        String passwordStep = sessionId();
        assertThat(passwordStep).as("a new id once the password is accepted").isNotEqualTo(anonymous);

        completeSecondFactor(username);
        String signedIn = sessionId();
        assertThat(signedIn).as("a new id once the second factor is given").isNotEqualTo(passwordStep)
                .isNotEqualTo(anonymous);
        open("handhaving");
        assertThat(page.url()).contains("handhaving");
        assertThat(page.locator("vaadin-login-form").count()).isZero();

        assertThat(openWithOnly(anonymous, "handhaving")).contains("[login form]");
        assertThat(openWithOnly(passwordStep, "handhaving")).contains("[login form]");
        assertThat(openWithOnly(signedIn, "handhaving")).as("the current id still works").doesNotContain("login");
    }

    @Test
    void signing_out_ends_the_session_on_the_server_so_the_old_cookie_reaches_nothing() {
        String username = "uit-" + UUID.randomUUID().toString().substring(0, 8);
        accountService.registerWorker(username, PASSWORD);
        login(username, PASSWORD);
        open("mijn-aanvraag");
        String signedIn = sessionId();
        assertThat(openWithOnly(signedIn, "mijn-aanvraag")).doesNotContain("login");

        button("Uitloggen").click();
        page.waitForURL(u -> u.endsWith("/") || u.contains("login"));
        settle();

        assertThat(openWithOnly(signedIn, "mijn-aanvraag")).as("the cookie of the signed-out session")
                .contains("[login form]");
        open("mijn-aanvraag");
        assertThat(page.locator("vaadin-login-form").count()).as("the browser that signed out").isOne();
    }

    @Test
    void disabling_a_staff_account_ends_its_open_session_within_seconds() {
        String username = officer();
        login(username, PASSWORD);
        open("handhaving");
        String signedIn = sessionId();
        long id = jdbc.queryForObject("SELECT id FROM user_account WHERE username = ?", Long.class, username);

        try (WebClient probe = new WebClient("http://localhost:" + port)) {
            probe.setCookie("JSESSIONID", signedIn);
            assertThat(probe.get("/handhaving").statusCode()).as("the officer's session before").isEqualTo(200);

            accounts.signInAs(Roles.ADMIN, null);
            long disabled = System.nanoTime();
            accountService.setEnabled(id, false);
            TestAccounts.signOut();

            // the session's next request, a moment later, is sent to the login page: it is over on the server
            HttpResponse<String> next = probe.get("/handhaving");
            long millis = (System.nanoTime() - disabled) / 1_000_000;
            assertThat(next.statusCode()).as("the officer's session after").isEqualTo(302);
            assertThat(next.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
            assertThat(millis).as("milliseconds from disabling to the refused request").isLessThan(5_000);
        }
        assertThat(openWithOnly(signedIn, "handhaving")).contains("[login form]");
        page.reload();
        page.waitForURL(u -> u.contains("login"), new Page.WaitForURLOptions().setTimeout(30_000));
        settle();
        assertThat(page.locator("vaadin-login-form").count()).as("the officer's own browser").isOne();
    }

    @Test
    void a_password_can_be_pasted_into_every_password_field() {
        context.grantPermissions(List.of("clipboard-read", "clipboard-write"));
        String pasted = "geplakt uit de wachtwoordkluis 2026 #Ω";
        open("registreren");
        page.evaluate("text => navigator.clipboard.writeText(text)", pasted);
        for (var field : List.of(page.getByLabel("Wachtwoord", new Page.GetByLabelOptions().setExact(true)),
                page.getByLabel("Herhaal het nieuwe wachtwoord"))) {
            field.click();
            page.keyboard().press("Control+V");
            assertThat(field.inputValue()).isEqualTo(pasted);
        }
        open("login");
        page.evaluate("text => navigator.clipboard.writeText(text)", pasted);
        page.getByLabel("Wachtwoord").click();
        page.keyboard().press("Control+V");
        assertThat(page.getByLabel("Wachtwoord").inputValue()).isEqualTo(pasted);
    }
}
