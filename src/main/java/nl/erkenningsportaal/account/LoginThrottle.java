package nl.erkenningsportaal.account;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.erkenningsportaal.account.LoginThrottleStore.Count;
import nl.erkenningsportaal.account.LoginThrottleStore.Kind;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.stereotype.Component;

/**
 * Slows password guessing without handing anyone a lock: OWASP's device cookies with limits per source address and
 * over the whole portal, counted in the database so that every node sees every failure (decision 0032).
 *
 * <ul>
 *   <li>A browser that signed in to an account before carries a signed device cookie for it
 *       ({@link DeviceCookies}). Its attempts are limited per cookie only: failures elsewhere — another address, a
 *       guesser who knows the user name — never slow the owner on her own phone.</li>
 *   <li>Attempts without a valid device cookie are limited per account, per source address (IPv6 per /64) and over
 *       the whole portal. Guessing one account and spraying one password over many accounts are both slowed;
 *       the owner on a new device may have to wait while her account is under attack, and is told so honestly.</li>
 *   <li>Nothing locks: after the free failures each further one doubles the wait before the next attempt
 *       (1 s, 2 s, 4 s, … up to {@link SecuritySettings#maxDelay()}); failures are forgotten a day after the last
 *       one. The overall limit holds attempts without a device cookie until its window (a minute) ends.</li>
 *   <li>While a wait runs, an attempt is refused unchecked (the password is not even compared) and not counted;
 *       the login page says how long to wait. The same rules hold for a user name that does not exist, so the
 *       answer tells nothing about which accounts exist.</li>
 * </ul>
 *
 * Operations see {@code portal_login_attempts_total{outcome}}: succeeded, failed, and throttled (refused unchecked
 * while a wait ran). The second factor's codes are limited per account here too, outside those counts.
 */
@Component
class LoginThrottle {

    /** Locking conflicts between nodes counting at the same moment are retried this often. */
    private static final int ATTEMPTS = 3;

    /**
     * One password attempt.
     *
     * @param account the user name as typed, normalised ({@link #normalise})
     * @param source  the client's address
     * @param device  the id of a valid device cookie for this account, or null
     */
    record Attempt(String account, String source, @Nullable String device) {
        boolean trusted() {
            return device != null;
        }
    }

    private final LoginThrottleStore store;
    private final SecuritySettings settings;
    private final Clock clock;
    private final Counter succeeded;
    private final Counter failed;
    private final Counter throttled;

    LoginThrottle(LoginThrottleStore store, SecuritySettings settings, Clock clock, MeterRegistry meters) {
        this.store = store;
        this.settings = settings;
        this.clock = clock;
        this.succeeded = attempts(meters, "succeeded");
        this.failed = attempts(meters, "failed");
        this.throttled = attempts(meters, "throttled");
    }

    private static Counter attempts(MeterRegistry meters, String outcome) {
        return Counter.builder("portal.login.attempts").tag("outcome", outcome)
                .description("Password logins: succeeded, failed, and throttled (refused while a delay ran)")
                .register(meters);
    }

    /** A user name as the portal compares it: without surrounding spaces, in lower case. */
    static String normalise(String username) {
        return username.strip().toLowerCase(Locale.ROOT);
    }

    /** Until when this attempt must wait, if that is later than now; until then it is refused unchecked. */
    Optional<Instant> delayedUntil(Attempt attempt) {
        Optional<Instant> until = waitFor(throttlesOf(attempt));
        if (until.isPresent()) {
            throttled.increment();
        }
        return until;
    }

    /** Counts a failed attempt (a wrong password, an unknown user, a disabled account). */
    void failed(Attempt attempt) {
        failed.increment();
        Instant now = clock.instant();
        Instant forgetAt = now.plus(forgetAfter());
        if (attempt.trusted()) {
            count(() -> store.countSliding(key(Kind.DEVICE, attempt.device()), Kind.DEVICE, now, forgetAt));
            return;
        }
        count(() -> store.countSliding(key(Kind.ACCOUNT, attempt.account()), Kind.ACCOUNT, now, forgetAt));
        count(() -> store.countSliding(key(Kind.SOURCE, sourceOf(attempt.source())), Kind.SOURCE, now, forgetAt));
        count(() -> store.countInWindow(key(Kind.OVERALL, "portal"), Kind.OVERALL, now,
                now.plus(settings.overallWindow())));
    }

    /**
     * A correct password. With a device cookie, that browser's failures are forgotten (the owner mistyped on her own
     * phone). Without one nothing is forgotten: the account's count stays, or a guesser who also knows one password
     * of his own could reset the count for his address by signing in to it.
     */
    void succeeded(Attempt attempt) {
        succeeded.increment();
        if (attempt.trusted()) {
            count(() -> store.forget(key(Kind.DEVICE, attempt.device())));
        }
    }

    /** Until when the next second-factor code of this account must wait, if that is later than now. */
    Optional<Instant> secondFactorDelayedUntil(long accountId) {
        return waitFor(List.of(key(Kind.SECOND_FACTOR, Long.toString(accountId))));
    }

    void secondFactorFailed(long accountId) {
        Instant now = clock.instant();
        count(() -> store.countSliding(key(Kind.SECOND_FACTOR, Long.toString(accountId)), Kind.SECOND_FACTOR, now,
                now.plus(forgetAfter())));
    }

    void secondFactorSucceeded(long accountId) {
        count(() -> store.forget(key(Kind.SECOND_FACTOR, Long.toString(accountId))));
    }

    /** How long the next attempt waits after {@code failures} failures of which {@code free} cost nothing. */
    Duration delayAfter(int failures, int free) {
        if (failures < free) {
            return Duration.ZERO;
        }
        int exponent = Math.min(failures - free, 20);
        Duration delay = Duration.ofSeconds(1L << exponent);
        return delay.compareTo(settings.maxDelay()) > 0 ? settings.maxDelay() : delay;
    }

    private List<String> throttlesOf(Attempt attempt) {
        if (attempt.trusted()) {
            return List.of(key(Kind.DEVICE, attempt.device()));
        }
        return List.of(key(Kind.ACCOUNT, attempt.account()), key(Kind.SOURCE, sourceOf(attempt.source())),
                key(Kind.OVERALL, "portal"));
    }

    private Optional<Instant> waitFor(List<String> keys) {
        Instant now = clock.instant();
        Map<String, Count> counts = store.counts(keys, now).stream()
                .collect(Collectors.toMap(Count::throttleKey, Function.identity()));
        Instant latest = null;
        for (Count count : counts.values()) {
            Instant until = switch (count.kind()) {
                case OVERALL -> count.failures() >= settings.overallFailures() ? count.expiresAt() : now;
                case ACCOUNT, SECOND_FACTOR -> count.lastFailure().plus(delayAfter(count.failures(),
                        settings.freeFailures()));
                case DEVICE -> count.lastFailure().plus(delayAfter(count.failures(), settings.freeFailuresPerDevice()));
                case SOURCE -> count.lastFailure().plus(delayAfter(count.failures(),
                        settings.freeFailuresPerAddress()));
            };
            if (until.isAfter(now) && (latest == null || until.isAfter(latest))) {
                latest = until;
            }
        }
        return Optional.ofNullable(latest);
    }

    private Duration forgetAfter() {
        return settings.forgetFailuresAfter().compareTo(settings.maxDelay()) > 0 ? settings.forgetFailuresAfter()
                : settings.maxDelay();
    }

    private String key(Kind kind, @Nullable String value) {
        return store.key(kind, value == null ? "" : value);
    }

    /** Two nodes counting the same throttle at the same moment may meet in a deadlock; the loser tries again. */
    private static void count(Runnable write) {
        for (int attempt = 1; ; attempt++) {
            try {
                write.run();
                return;
            } catch (PessimisticLockingFailureException e) {
                if (attempt == ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    /**
     * What the source limit counts: an IPv4 address as it is, an IPv6 address by its /64 network (one household or
     * one server gets a whole /64, so counting single IPv6 addresses would count nothing).
     */
    static String sourceOf(String address) {
        String literal = address.strip();
        int zone = literal.indexOf('%');
        if (zone >= 0) {
            literal = literal.substring(0, zone);
        }
        if (literal.indexOf(':') < 0 || !literal.matches("[0-9A-Fa-f:.]+")) {
            return literal; // IPv4, or not an address at all: taken as it is
        }
        try {
            byte[] bytes = InetAddress.getByName(literal).getAddress(); // an IPv6 literal: parsed, never looked up
            if (bytes.length == 4) {
                return InetAddress.getByAddress(bytes).getHostAddress(); // IPv4-mapped
            }
            return HexFormat.of().formatHex(bytes, 0, 8) + "/64";
        } catch (UnknownHostException e) {
            return literal;
        }
    }
}
