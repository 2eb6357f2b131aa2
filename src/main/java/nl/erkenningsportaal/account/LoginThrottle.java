package nl.erkenningsportaal.account;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Growing delays after failed attempts, per account and per source address: the first few failures are free, then
 * the next attempt must wait 1, 2, 4, ... seconds, up to a maximum. There is no hard lock-out, so an attacker cannot
 * lock staff out for good; while a delay runs, attempts are refused without checking the password (the same
 * generic answer as a wrong password). Kept in memory per node: behind sticky sessions an attacker spreading over
 * nodes gains at most a factor of the node count. Operations see {@code portal_login_attempts_total{outcome}}:
 * succeeded, failed, and throttled (refused unchecked while a delay ran).
 */
@Component
class LoginThrottle {

    private static final int MAX_TRACKED = 100_000;

    record State(int failures, Instant notBefore, Instant lastFailure) {}

    private final Map<String, State> accounts = new ConcurrentHashMap<>();
    private final Map<String, State> addresses = new ConcurrentHashMap<>();
    private final SecuritySettings settings;
    private final Clock clock;
    private final Counter succeeded;
    private final Counter failed;
    private final Counter throttled;

    LoginThrottle(SecuritySettings settings, Clock clock, MeterRegistry meters) {
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

    /** False while a delay for this account or address is running. */
    boolean mayTry(String account, String address) {
        Instant now = clock.instant();
        boolean may = waiting(accounts.get(account), now) && waiting(addresses.get(address), now);
        if (!may) {
            throttled.increment();
        }
        return may;
    }

    private static boolean waiting(State state, Instant now) {
        return state == null || !now.isBefore(state.notBefore());
    }

    void failed(String account, String address) {
        failed.increment();
        Instant now = clock.instant();
        if (accounts.size() > MAX_TRACKED || addresses.size() > MAX_TRACKED) {
            forgetOld(now);
        }
        accounts.compute(account, (k, s) -> next(s, settings.freeFailures(), now));
        addresses.compute(address, (k, s) -> next(s, settings.freeFailuresPerAddress(), now));
    }

    /** A correct login clears the account's failures (not the address's: one known account must not reset it). */
    void succeeded(String account) {
        succeeded.increment();
        accounts.remove(account);
    }

    private State next(State previous, int free, Instant now) {
        int failures = previous == null || expired(previous, now) ? 1 : previous.failures() + 1;
        return new State(failures, now.plus(delayAfter(failures, free)), now);
    }

    Duration delayAfter(int failures, int free) {
        if (failures < free) {
            return Duration.ZERO;
        }
        int exponent = Math.min(failures - free, 20);
        Duration delay = Duration.ofSeconds(1L << exponent);
        return delay.compareTo(settings.maxDelay()) > 0 ? settings.maxDelay() : delay;
    }

    /** Failures are forgotten a day after the last one. */
    private static boolean expired(State s, Instant now) {
        return s.lastFailure().plus(Duration.ofDays(1)).isBefore(now);
    }

    private void forgetOld(Instant now) {
        accounts.values().removeIf(s -> s.lastFailure().plus(Duration.ofHours(1)).isBefore(now));
        addresses.values().removeIf(s -> s.lastFailure().plus(Duration.ofHours(1)).isBefore(now));
    }
}
