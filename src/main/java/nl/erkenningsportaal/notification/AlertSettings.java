package nl.erkenningsportaal.notification;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Staff alerts.
 *
 * @param keep how long a notice stays in a staff member's portal (read or not); older ones are erased by the daily
 *             digest job
 */
@ConfigurationProperties("portal.alerts")
public record AlertSettings(@DefaultValue("90d") Duration keep) {}
