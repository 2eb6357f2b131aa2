package nl.erkenningsportaal.account;

import java.time.Clock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Retention of the login throttle ({@code login_throttle}): every hour the rows whose failures are forgotten
 * ({@code expires_at} passed: a day after the last failure, or the end of an overall window) are deleted. The rows
 * hold keyed hashes and counts only, but a keyed hash of an address is still a pseudonym of it, so nothing is kept
 * longer than the throttle needs it. Every node runs it: deleting what has expired is the same whoever does it and
 * however often, so it claims no run in {@code job_run}.
 */
@Component
class LoginThrottleRetention {

    private final LoginThrottleStore store;
    private final Clock clock;

    LoginThrottleRetention(LoginThrottleStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Scheduled(cron = "${portal.security.throttle-retention-cron:0 7 * * * *}", zone = "Europe/Amsterdam")
    public void run() {
        deleteExpired();
    }

    /** Deletes the forgotten rows now; returns how many. */
    int deleteExpired() {
        return store.deleteExpired(clock.instant());
    }
}
