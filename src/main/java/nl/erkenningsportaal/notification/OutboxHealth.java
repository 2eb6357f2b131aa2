package nl.erkenningsportaal.notification;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The mail outbox as operations see it (counts only: no address, no template argument). Health
 * ({@code /actuator/health/mail} on the management port, beside Spring Boot's SMTP check) is DOWN when a mail that
 * was due has waited longer than {@link #STALLED_AFTER}: no node is sending. Dead mail alone is not an outage — one
 * address can refuse mail — but it is counted, in the health details and in {@code portal_mail_outbox{state}}.
 */
@Component("outboxHealthIndicator")
class OutboxHealth implements HealthIndicator {

    /** Back-off retries wait 30 s doubling up to 6 h, but a mail due now is taken within seconds by a live sender. */
    static final Duration STALLED_AFTER = Duration.ofMinutes(15);

    private final MailOutbox outbox;
    private final Clock clock;
    private final AtomicLong queued = new AtomicLong();
    private final AtomicLong sending = new AtomicLong();
    private final AtomicLong dead = new AtomicLong();

    OutboxHealth(MailOutbox outbox, Clock clock, MeterRegistry meters) {
        this.outbox = outbox;
        this.clock = clock;
        gauge(meters, "queued", queued);
        gauge(meters, "sending", sending);
        gauge(meters, "dead", dead);
    }

    private static void gauge(MeterRegistry meters, String state, AtomicLong value) {
        Gauge.builder("portal.mail.outbox", value, AtomicLong::get).tag("state", state)
                .description("Mails in the outbox by state (sent mails are not counted)").register(meters);
    }

    @Override
    public Health health() {
        try {
            return check();
        } catch (DataAccessException databaseUnreachable) {
            // DOWN, not an error answer: monitoring reads 503 with the database's own health beside it
            return Health.down().withDetail("database", "unreachable").build();
        }
    }

    private Health check() {
        Instant now = clock.instant();
        MailOutbox.Depth depth = outbox.depth(now);
        Duration waited = depth.oldestDue() == null ? Duration.ZERO
                : Duration.between(depth.oldestDue().toInstant(ZoneOffset.UTC), now);
        boolean stalled = waited.compareTo(STALLED_AFTER) > 0;
        return (stalled ? Health.down() : Health.up()).withDetail("queued", depth.queued())
                .withDetail("sending", depth.sending()).withDetail("dead", depth.dead())
                .withDetail("longestDueWaitSeconds", waited.toSeconds()).build();
    }

    /** Refreshes the gauges off the scrape, so a slow or unreachable database never stalls Prometheus. */
    @Scheduled(fixedDelayString = "${portal.metrics.refresh:30s}", initialDelay = 0)
    void refreshMetrics() {
        try {
            MailOutbox.Depth depth = outbox.depth(clock.instant());
            queued.set(depth.queued());
            sending.set(depth.sending());
            dead.set(depth.dead());
        } catch (DataAccessException databaseUnreachable) {
            // the gauges keep their last values; the database health says what is wrong
        }
    }
}
