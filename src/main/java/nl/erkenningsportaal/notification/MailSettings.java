package nl.erkenningsportaal.notification;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the portal sends mail.
 *
 * @param fromAddress        the envelope and From address; the display name is the municipality's sender name
 * @param defaultSenderName  the display name when a message belongs to no municipality (GGD bookings)
 * @param senderEnabled      whether this node runs the background sender (every node may; claims never overlap)
 * @param pollInterval       how often the sender looks for due mail
 * @param batchSize          how many mails one claim takes
 * @param lease              how long a claimed mail stays with one node before another may take it over
 * @param maxAttempts        attempts before a mail is dead (an administrator can retry it)
 * @param firstRetryDelay    the delay after the first failure; it doubles with every further failure
 * @param maxRetryDelay      the longest delay between attempts
 * @param reminderBefore     how long before a GGD appointment the reminder goes out
 * @see nl.erkenningsportaal.account.MailLinkSettings for {@code portal.mail.token-validity}
 */
@ConfigurationProperties("portal.mail")
public record MailSettings(
        @DefaultValue("noreply@portaal.localhost") String fromAddress,
        @DefaultValue("Uw gemeente") String defaultSenderName,
        @DefaultValue("true") boolean senderEnabled,
        @DefaultValue("2s") Duration pollInterval,
        @DefaultValue("20") int batchSize,
        @DefaultValue("2m") Duration lease,
        @DefaultValue("8") int maxAttempts,
        @DefaultValue("30s") Duration firstRetryDelay,
        @DefaultValue("6h") Duration maxRetryDelay,
        @DefaultValue("24h") Duration reminderBefore) {

    /** The wait before attempt {@code attemptsSoFar + 1}: exponential back-off, capped. */
    public Duration retryDelay(int attemptsSoFar) {
        int doublings = Math.max(0, Math.min(attemptsSoFar - 1, 30));
        Duration delay = firstRetryDelay.multipliedBy(1L << doublings);
        return delay.compareTo(maxRetryDelay) > 0 ? maxRetryDelay : delay;
    }
}
