package nl.erkenningsportaal.account;

import nl.erkenningsportaal.platform.Roles;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Cookie;
import com.microsoft.playwright.options.SameSiteAttribute;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.erkenningsportaal.browser.BrowserTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The login throttle in Chromium. A worker signs in on her phone, which keeps a device cookie; then someone who knows
 * her user name fails to sign in many times from another address (counted as the password step counts them). A
 * browser that never signed in to her account is told to wait — how long, and not that the password is wrong, in
 * the same words as for a user name that does not exist — while on her phone she signs in at once.
 */
class LoginThrottleBrowserIT extends BrowserTest {

    static final String PASSWORD = "een lang wachtwoord voor de proef";
    static final Pattern WAIT = Pattern.compile("Probeer het over (\\d+) seconden opnieuw\\.");

    @Autowired
    AccountService accounts;

    @Autowired
    LoginThrottle throttle;

    @Autowired
    LoginThrottleStore store;

    @Autowired
    SecuritySettings settings;

    private final List<String> sources = new ArrayList<>();

    @AfterEach
    void forgetTheGuessersAddresses() {
        for (String source : sources) {
            store.forget(store.key(LoginThrottleStore.Kind.SOURCE, LoginThrottle.sourceOf(source)));
        }
    }

    /** {@code times} failed logins for {@code username} from an address of their own, as the password step counts them. */
    private void failuresFromElsewhere(String username, int times) {
        String source = "203.0.113." + (10 + sources.size());
        sources.add(source);
        for (int i = 0; i < times; i++) {
            throttle.failed(new LoginThrottle.Attempt(LoginThrottle.normalise(username), source, null));
        }
    }

    /** Tries to sign in on the current page and returns what the login page then says. */
    private String refusedLogin(String username, String password) {
        open("login");
        page.getByLabel("Gebruikersnaam").fill(username);
        page.getByLabel("Wachtwoord").fill(password);
        page.keyboard().press("Enter");
        page.waitForURL(u -> u.contains("error"));
        settle();
        assertThat(page.getByText("De gebruikersnaam of het wachtwoord klopt niet").count())
                .as("not told that the password is wrong").isZero();
        assertThat(page.getByText("Te veel pogingen", new Page.GetByTextOptions().setExact(true)).isVisible())
                .isTrue();
        return page.getByText(WAIT).textContent().strip();
    }

    private static int seconds(String message) {
        Matcher m = WAIT.matcher(message);
        assertThat(m.find()).as(message).isTrue();
        return Integer.parseInt(m.group(1));
    }

    @Test
    void the_owner_signs_in_on_her_own_phone_while_everyone_else_waits_and_is_told_how_long() {
        String owner = "telefoon-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.createDemoAccount(owner, PASSWORD, Roles.WORKER, null);
        Page laptop = page;
        BrowserContext phone = browser().newContext(new Browser.NewContextOptions().setLocale("nl-NL")
                .setViewportSize(390, 844));
        phone.setDefaultTimeout(20_000);
        try {
            // on her phone she signs in once, and the phone keeps a device cookie
            page = phone.newPage();
            login(owner, PASSWORD);
            Cookie device = phone.cookies().stream().filter(c -> c.name.equals(DeviceCookies.NAME)).findFirst()
                    .orElseThrow(() -> new AssertionError("no device cookie after signing in"));
            assertThat(device.httpOnly).as("HttpOnly").isTrue();
            assertThat(device.sameSite).as("SameSite").isEqualTo(SameSiteAttribute.STRICT);
            assertThat(device.path).as("sent to the login only").isEqualTo("/login");
            assertThat(device.secure).as("plain HTTP in this test; Secure in prod (HttpsHeadersAndCookiesIT)").isFalse();
            assertThat(device.value).as("no user name in it").doesNotContainIgnoringCase(owner);
            assertThat(Instant.ofEpochSecond(device.expires.longValue())).as("kept for the configured lifetime")
                    .isAfter(Instant.now().plus(settings.deviceCookieLifetime()).minus(Duration.ofHours(1)));
            // on a phone's narrow screen signing out is in the menu
            page.locator("vaadin-drawer-toggle").click();
            button("Uitloggen").click();
            page.waitForURL(u -> u.endsWith("/") || u.contains("login"));
            settle();

            // someone who knows her user name guesses from elsewhere: past the free failures, 2^7 s = 128 s to wait
            failuresFromElsewhere(owner, settings.freeFailures() + 7);

            // a laptop that never signed in to her account: the right password is not even checked, and it says why
            page = laptop;
            String message = refusedLogin(owner, PASSWORD);
            assertThat(seconds(message)).isBetween(60, 128);
            screenshot("login-delayed-nl");

            // the same words for a user name that does not exist, after the same failures
            String nobody = "niemand-" + UUID.randomUUID().toString().substring(0, 8);
            failuresFromElsewhere(nobody, settings.freeFailures() + 7);
            String unknown = refusedLogin(nobody, PASSWORD);
            assertThat(unknown.replaceAll("\\d+", "N")).isEqualTo(message.replaceAll("\\d+", "N"));
            assertThat(seconds(unknown)).isBetween(60, 128);

            // on her phone she signs in at once with the same password
            page = phone.pages().getFirst();
            login(owner, PASSWORD);
            assertThat(page.url()).doesNotContain("login");
            // the menu may still be opening (or open already after the sign-in): wait for it, toggle once more if not
            page.locator("vaadin-drawer-toggle").click();
            if (!visibleWithin(button("Uitloggen"), 5_000)) {
                page.locator("vaadin-drawer-toggle").click();
            }
            assertThat(visibleWithin(button("Uitloggen"), 5_000)).as("signed in").isTrue();
        } finally {
            page = laptop;
            phone.close();
        }
    }

    private static boolean visibleWithin(com.microsoft.playwright.Locator locator, double millis) {
        try {
            locator.waitFor(new com.microsoft.playwright.Locator.WaitForOptions()
                    .setState(com.microsoft.playwright.options.WaitForSelectorState.VISIBLE).setTimeout(millis));
            return true;
        } catch (com.microsoft.playwright.TimeoutError notShown) {
            return false;
        }
    }
}
