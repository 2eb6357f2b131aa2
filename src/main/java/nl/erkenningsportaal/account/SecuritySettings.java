package nl.erkenningsportaal.account;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Login and session settings.
 *
 * @param staffIdle     idle time after which a staff session ends
 * @param workerIdle    idle time after which a worker's session ends
 * @param freeFailures  failed logins per account before delays start
 * @param freeFailuresPerAddress failed logins per source address before delays start
 * @param maxDelay      the longest delay between attempts (no hard lock-out)
 */
@ConfigurationProperties("portal.security")
public record SecuritySettings(
        @DefaultValue("15m") Duration staffIdle,
        @DefaultValue("30m") Duration workerIdle,
        @DefaultValue("5") int freeFailures,
        @DefaultValue("30") int freeFailuresPerAddress,
        @DefaultValue("15m") Duration maxDelay) {}
