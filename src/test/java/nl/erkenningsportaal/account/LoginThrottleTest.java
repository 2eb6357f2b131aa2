package nl.erkenningsportaal.account;

import nl.erkenningsportaal.platform.Roles;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import nl.erkenningsportaal.IntegrationTest;
import nl.erkenningsportaal.TestClock;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The login throttle's rules (decision 0032), through the password step that the login form reaches, on the real
 * database: guessing and spraying are slowed, nobody can keep the owner out of her account on her own device, and a
 * wait tells nothing about whether an account exists. Every test signs in from addresses of its own (the source
 * limit counts per address) and forgets them afterwards.
 */
@IntegrationTest
class LoginThrottleTest {

    static final String PASSWORD = "a long and unusual passphrase";

    @Autowired
    PortalAuthenticationProvider provider;

    @Autowired
    AccountService accountService;

    @Autowired
    DeviceCookies deviceCookies;

    @Autowired
    LoginThrottleStore store;

    @Autowired
    LoginThrottle throttle;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    SecuritySettings settings;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestClock clock;

    private final List<String> sources = new ArrayList<>();

    @AfterEach
    void forgetTheAddressesOfThisTest() {
        for (String source : sources) {
            store.forget(store.key(LoginThrottleStore.Kind.SOURCE, LoginThrottle.sourceOf(source)));
        }
    }

    /** An address of this test alone (TEST-NET-2 and -3, never a real client). */
    private String source() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String source = (random.nextBoolean() ? "198.51.100." : "203.0.113.") + random.nextInt(1, 255);
        while (sources.contains(source)) {
            source = "198.18." + random.nextInt(0, 255) + "." + random.nextInt(1, 255);
        }
        sources.add(source);
        return source;
    }

    private String worker() {
        String username = "throttle-" + UUID.randomUUID().toString().substring(0, 8);
        accountService.createDemoAccount(username, PASSWORD, Roles.WORKER, null);
        return username;
    }

    /** The password step as the login form reaches it: from {@code source}, with the device cookie the browser sent. */
    private Authentication login(String username, String password, String source, @Nullable String deviceCookie) {
        UsernamePasswordAuthenticationToken token = UsernamePasswordAuthenticationToken.unauthenticated(username,
                password);
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr(source);
        token.setDetails(new LoginAttemptDetails(request, deviceCookie));
        return provider.authenticate(token);
    }

    /**
     * Fails {@code times} times as a patient guesser would: before each attempt the wait that runs is waited out
     * (the clock is moved on), so that every attempt is checked and counted.
     */
    private void failTimes(int times, String username, String source, @Nullable String deviceCookie) {
        for (int i = 0; i < times; i++) {
            waitOut(username, source, deviceCookie);
            String guess = "guess number " + i;
            assertThatThrownBy(() -> login(username, guess, source, deviceCookie))
                    .as("failed attempt %d", i + 1).isInstanceOf(BadCredentialsException.class);
        }
    }

    private void waitOut(String username, String source, @Nullable String deviceCookie) {
        String account = LoginThrottle.normalise(username);
        LoginThrottle.Attempt attempt = new LoginThrottle.Attempt(account, source,
                deviceCookies.deviceOf(deviceCookie, account).orElse(null));
        throttle.delayedUntil(attempt).ifPresent(until -> clock.advance(
                Duration.between(clock.instant(), until).plusMillis(5)));
    }

    @Test
    void failures_from_elsewhere_do_not_delay_the_owner_on_her_own_device() {
        String owner = worker();
        String home = source();
        login(owner, PASSWORD, home, null);
        // what the browser received after that correct password (DeviceCookieOnSuccess)
        String cookie = deviceCookies.issue(LoginThrottle.normalise(owner));

        // someone who knows her user name guesses from another address, far past the free failures
        String guesser = source();
        failTimes(settings.freeFailures() + 5, owner, guesser, null);
        LoginDelayedException guesserWaits = catchThrowableOfType(LoginDelayedException.class,
                () -> login(owner, PASSWORD, guesser, null));
        assertThat(guesserWaits).as("the guesser is slowed, even with the right password").isNotNull();
        assertThat(guesserWaits.retryAt()).isAfter(clock.instant().plusSeconds(10));

        // on her own phone she signs in at once, from home and from anywhere else
        assertThat(login(owner, PASSWORD, home, cookie).getName()).isEqualTo(owner);
        assertThat(login(owner, PASSWORD, guesser, cookie).getName()).isEqualTo(owner);
        // on a browser that never signed in to her account she has to wait like the guesser, and is told so
        assertThatThrownBy(() -> login(owner, PASSWORD, home, null)).isInstanceOf(LoginDelayedException.class);
    }

    @Test
    void guessing_one_account_is_slowed_more_with_every_failure_and_never_locked() {
        String owner = worker();
        String guesser = source();
        failTimes(settings.freeFailures(), owner, guesser, null);
        // the next attempt comes too soon: refused without checking the password, although it is right
        LoginDelayedException first = catchThrowableOfType(LoginDelayedException.class,
                () -> login(owner, PASSWORD, guesser, null));
        assertThat(first).isNotNull();
        // also from another address: the account's limit for browsers without its device cookie
        assertThatThrownBy(() -> login(owner, PASSWORD, source(), null)).isInstanceOf(LoginDelayedException.class);
        // a second later (the first delay) the right password works
        clock.advance(Duration.ofSeconds(1));
        assertThat(login(owner, PASSWORD, guesser, null).getName()).isEqualTo(owner);

        // each further failure doubles the wait: 2 s after the next one, 4 s after the one after
        failTimes(1, owner, guesser, null);
        assertThat(waitOf(owner, guesser)).isBetween(Duration.ofMillis(500), Duration.ofSeconds(2));
        failTimes(1, owner, guesser, null);
        assertThat(waitOf(owner, guesser)).isBetween(Duration.ofSeconds(2), Duration.ofSeconds(4));
        // never more than the longest delay, and never a lock: after it, the right password works
        clock.advance(settings.maxDelay());
        assertThat(login(owner, PASSWORD, guesser, null).getName()).isEqualTo(owner);
    }

    private Duration waitOf(String username, String source) {
        Instant before = clock.instant();
        LoginDelayedException delayed = catchThrowableOfType(LoginDelayedException.class,
                () -> login(username, PASSWORD, source, null));
        assertThat(delayed).as("delayed").isNotNull();
        return Duration.between(before, delayed.retryAt());
    }

    @Test
    void guessing_on_a_browser_with_her_device_cookie_is_limited_per_cookie() {
        String owner = worker();
        String phone = deviceCookies.issue(LoginThrottle.normalise(owner));
        String stolen = deviceCookies.issue(LoginThrottle.normalise(owner));
        String address = source();
        failTimes(settings.freeFailuresPerDevice(), owner, address, stolen);
        assertThatThrownBy(() -> login(owner, PASSWORD, address, stolen))
                .as("the cookie that failed too often waits").isInstanceOf(LoginDelayedException.class);
        // her other device, and a browser without any device cookie, are not slowed by those failures
        assertThat(login(owner, PASSWORD, address, phone).getName()).isEqualTo(owner);
        assertThat(login(owner, PASSWORD, source(), null).getName()).isEqualTo(owner);
        // and when the wait is over, a correct password with that cookie forgets its failures
        clock.advance(Duration.ofSeconds(1));
        assertThat(login(owner, PASSWORD, address, stolen).getName()).isEqualTo(owner);
        failTimes(settings.freeFailuresPerDevice() - 1, owner, address, stolen);
        assertThat(login(owner, PASSWORD, address, stolen).getName()).isEqualTo(owner);
    }

    @Test
    void a_device_cookie_counts_only_for_the_account_it_was_issued_for() {
        String owner = worker();
        String other = worker();
        String cookieOfOther = deviceCookies.issue(LoginThrottle.normalise(other));
        assertThat(deviceCookies.deviceOf(cookieOfOther, LoginThrottle.normalise(other))).isPresent();
        assertThat(deviceCookies.deviceOf(cookieOfOther, LoginThrottle.normalise(owner))).isEmpty();
        assertThat(cookieOfOther).doesNotContain(other);
        // altered, or past its lifetime: worth nothing
        String altered = cookieOfOther.substring(0, cookieOfOther.length() - 2)
                + (cookieOfOther.endsWith("AA") ? "BB" : "AA");
        assertThat(deviceCookies.deviceOf(altered, LoginThrottle.normalise(other))).isEmpty();
        clock.advance(settings.deviceCookieLifetime().plusMinutes(1));
        assertThat(deviceCookies.deviceOf(cookieOfOther, LoginThrottle.normalise(other))).isEmpty();
        clock.reset();

        // the guesser's failures with someone else's cookie count against the account like any untrusted browser
        String guesser = source();
        failTimes(settings.freeFailures(), owner, guesser, cookieOfOther);
        assertThatThrownBy(() -> login(owner, PASSWORD, source(), null)).isInstanceOf(LoginDelayedException.class);
    }

    @Test
    void spraying_one_password_over_many_accounts_from_one_source_is_slowed_without_locking_the_owners_out() {
        List<String> owners = List.of(worker(), worker(), worker());
        String sprayer = source();
        // one common password tried against many user names, the real ones and guessed ones, waiting out each delay
        for (int i = 0; i < settings.freeFailuresPerAddress() + 2; i++) {
            String name = i < owners.size() ? owners.get(i) : "guessed-" + i + "-" + UUID.randomUUID();
            waitOut(name, sprayer, null);
            assertThatThrownBy(() -> login(name, "Welkom2026!Welkom2026!", sprayer, null))
                    .isInstanceOf(BadCredentialsException.class);
        }
        assertThat(Duration.between(clock.instant(), throttle.delayedUntil(
                new LoginThrottle.Attempt("anyone", sprayer, null)).orElseThrow()))
                .as("after two failures past the free ones: 4 s").isBetween(Duration.ofSeconds(3), Duration.ofSeconds(4));
        // the next one from that address waits, whichever account it names, even with a right password
        assertThatThrownBy(() -> login(owners.get(0), PASSWORD, sprayer, null))
                .isInstanceOf(LoginDelayedException.class);
        assertThatThrownBy(() -> login("yet-another-" + UUID.randomUUID(), "Welkom2026!Welkom2026!", sprayer, null))
                .isInstanceOf(LoginDelayedException.class);
        // the owners are not locked out: each account saw one failure only
        assertThat(login(owners.get(0), PASSWORD, source(), null).getName()).isEqualTo(owners.get(0));
        assertThat(login(owners.get(1), PASSWORD, source(), null).getName()).isEqualTo(owners.get(1));
        // and an owner whose phone shares the sprayer's address (the same café) signs in with her device cookie
        String phone = deviceCookies.issue(LoginThrottle.normalise(owners.get(2)));
        assertThat(login(owners.get(2), PASSWORD, sprayer, phone).getName()).isEqualTo(owners.get(2));
    }

    @Test
    void the_wait_is_the_same_for_an_existing_and_an_unknown_user_name() {
        String existing = worker();
        String unknown = "nobody-" + UUID.randomUUID().toString().substring(0, 8);
        int failures = settings.freeFailures() + 2; // the third delay: 4 seconds
        Duration expected = Duration.ofSeconds(4);
        for (String username : List.of(existing, unknown)) {
            String guesser = source();
            failTimes(failures - 1, username, guesser, null);
            waitOut(username, guesser, null);
            Instant before = clock.instant();
            assertThatThrownBy(() -> login(username, "the last guess", guesser, null))
                    .isInstanceOf(BadCredentialsException.class);
            Instant after = clock.instant();
            LoginDelayedException delayed = catchThrowableOfType(LoginDelayedException.class,
                    () -> login(username, PASSWORD, source(), null));
            assertThat(delayed).as("%s waits", username).isNotNull();
            assertThat(delayed.getMessage()).isEqualTo("Too many attempts");
            // the wait runs from the last failure, which happened between before and after
            assertThat(delayed.retryAt()).as("%s waits as long", username)
                    .isBetween(before.plus(expected), after.plus(expected));
        }
    }

    @Test
    void a_wrong_second_factor_code_is_counted_although_the_transaction_around_it_rolls_back() {
        long accountId = 999_000_000L + ThreadLocalRandom.current().nextInt(1_000_000);
        for (int i = 0; i < settings.freeFailures(); i++) {
            assertThat(throttle.secondFactorDelayedUntil(accountId)).isEmpty();
            // SecondFactorService counts the wrong code, then refuses it, which rolls its transaction back
            transactions.executeWithoutResult(status -> {
                throttle.secondFactorFailed(accountId);
                status.setRollbackOnly();
            });
        }
        assertThat(throttle.secondFactorDelayedUntil(accountId)).isPresent();
        throttle.secondFactorSucceeded(accountId);
        assertThat(throttle.secondFactorDelayedUntil(accountId)).isEmpty();
    }

    @Test
    void past_the_overall_limit_browsers_without_a_device_cookie_wait_until_the_window_ends() {
        // the test profile lifts the overall limit (other tests fail logins too); here a node with a limit of three
        SecuritySettings strict = new SecuritySettings(settings.staffIdle(), settings.workerIdle(),
                settings.freeFailures(), settings.freeFailuresPerDevice(), settings.freeFailuresPerAddress(),
                settings.maxDelay(), settings.forgetFailuresAfter(), 3, Duration.ofMinutes(1),
                settings.deviceCookieLifetime());
        LoginThrottle throttle = new LoginThrottle(store, strict, clock, new SimpleMeterRegistry());
        // a fresh window: the count of this JVM's other tests (under clocks they moved) is no part of this test
        store.forget(store.key(LoginThrottleStore.Kind.OVERALL, "portal"));
        String owner = LoginThrottle.normalise(worker());
        String device = deviceCookies.deviceOf(deviceCookies.issue(owner), owner).orElseThrow();
        // guessing spread over three addresses and three accounts: no account and no address is over its limit
        for (int i = 0; i < 3; i++) {
            throttle.failed(new LoginThrottle.Attempt("spread-" + i + "-" + UUID.randomUUID(), source(), null));
        }
        Instant until = throttle.delayedUntil(new LoginThrottle.Attempt(owner, source(), null)).orElseThrow();
        assertThat(until).isAfter(clock.instant()).isBefore(clock.instant().plus(Duration.ofMinutes(1)));
        // her own phone is not held up
        assertThat(throttle.delayedUntil(new LoginThrottle.Attempt(owner, source(), device))).isEmpty();
        // the window ends and with it the wait
        clock.advance(Duration.ofMinutes(1));
        assertThat(throttle.delayedUntil(new LoginThrottle.Attempt(owner, source(), null))).isEmpty();
    }

    @Test
    void the_table_holds_no_user_name_and_no_address_and_forgotten_rows_are_deleted() {
        String owner = worker();
        String guesser = source();
        failTimes(1, owner, guesser, null);
        List<String> keys = jdbc.sql("SELECT throttle_key FROM login_throttle").query(String.class).list();
        assertThat(keys).allSatisfy(k -> assertThat(k).matches("[0-9a-f]{64}"))
                .contains(store.key(LoginThrottleStore.Kind.ACCOUNT, LoginThrottle.normalise(owner)));

        String account = store.key(LoginThrottleStore.Kind.ACCOUNT, LoginThrottle.normalise(owner));
        store.deleteExpired(clock.instant());
        assertThat(count(account)).as("not yet forgotten").isEqualTo(1);
        clock.advance(settings.forgetFailuresAfter().plusMinutes(1));
        store.deleteExpired(clock.instant());
        assertThat(count(account)).as("deleted a day after the last failure").isZero();
    }

    private int count(String key) {
        return jdbc.sql("SELECT COUNT(*) FROM login_throttle WHERE throttle_key = :key").param("key", key)
                .query(Integer.class).single();
    }

    @Test
    void an_ipv6_source_is_counted_by_its_64_network() {
        assertThat(LoginThrottle.sourceOf("2001:db8:1:2:aaaa::1")).isEqualTo(LoginThrottle.sourceOf("2001:db8:1:2::77"))
                .isNotEqualTo(LoginThrottle.sourceOf("2001:db8:1:3::1"));
        assertThat(LoginThrottle.sourceOf("::ffff:192.0.2.7")).isEqualTo("192.0.2.7");
        assertThat(LoginThrottle.sourceOf("192.0.2.7")).isEqualTo("192.0.2.7");
    }
}
