package nl.erkenningsportaal.notification;

import jakarta.mail.MessagingException;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;

/**
 * Whether the SMTP server takes a connection (Spring Boot's own mail check, under a name that leaves
 * {@code /actuator/health/mail} to the group of SMTP and outbox; {@code management.health.mail.enabled=false}).
 * Details name the server's host and port, never an address; only on the management port.
 */
@Component("smtpHealthIndicator")
class SmtpHealth implements HealthIndicator {

    private final JavaMailSenderImpl sender;

    SmtpHealth(JavaMailSenderImpl sender) {
        this.sender = sender;
    }

    @Override
    public Health health() {
        Health.Builder health = Health.unknown().withDetail("server", sender.getHost() + ":" + sender.getPort());
        try {
            sender.testConnection();
            return health.up().build();
        } catch (MessagingException e) {
            return health.down().withDetail("error", e.getClass().getSimpleName()).build();
        }
    }
}
