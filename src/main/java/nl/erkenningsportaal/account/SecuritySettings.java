package nl.erkenningsportaal.account;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Login and session settings. The login throttle (decision 0032) never locks an account: after the free failures
 * each further one doubles the wait before the next attempt (1 s, 2 s, 4 s, … up to {@code maxDelay}).
 *
 * @param staffIdle              idle time after which a staff session ends
 * @param workerIdle             idle time after which a worker's session ends
 * @param freeFailures           failed logins per account from browsers without its device cookie before delays
 *                               start (also: failed second-factor codes per account)
 * @param freeFailuresPerDevice  failed logins with one valid device cookie before that browser is delayed
 * @param freeFailuresPerAddress failed logins from one source address (an IPv6 /64) before it is delayed
 * @param maxDelay               the longest delay between attempts (no hard lock-out)
 * @param forgetFailuresAfter    failures are forgotten this long after the last one (and their rows deleted)
 * @param overallFailures        failed logins without a device cookie, over the whole portal, within one
 *                               {@code overallWindow}; past it, attempts without a device cookie wait until the
 *                               window ends (a brake on guessing spread over many addresses)
 * @param overallWindow          the window of {@code overallFailures}
 * @param deviceCookieLifetime   how long a device cookie stays valid after the last sign-in that issued it
 */
@ConfigurationProperties("portal.security")
public record SecuritySettings(
        @DefaultValue("15m") Duration staffIdle,
        @DefaultValue("30m") Duration workerIdle,
        @DefaultValue("5") int freeFailures,
        @DefaultValue("5") int freeFailuresPerDevice,
        @DefaultValue("30") int freeFailuresPerAddress,
        @DefaultValue("15m") Duration maxDelay,
        @DefaultValue("24h") Duration forgetFailuresAfter,
        @DefaultValue("60") int overallFailures,
        @DefaultValue("1m") Duration overallWindow,
        @DefaultValue("180d") Duration deviceCookieLifetime) {}
