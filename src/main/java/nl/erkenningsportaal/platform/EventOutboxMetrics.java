package nl.erkenningsportaal.platform;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The depth of Spring Modulith's event outbox (its publication registry): domain events committed but not yet
 * handled by every listener. It stays near zero; a rising {@code portal_events_incomplete} means listeners fail
 * (they are tried again at the next start, see application.properties).
 */
@Component
class EventOutboxMetrics {

    private final JdbcClient jdbc;
    private final AtomicLong incomplete = new AtomicLong();

    EventOutboxMetrics(JdbcClient jdbc, MeterRegistry meters) {
        this.jdbc = jdbc;
        Gauge.builder("portal.events.incomplete", incomplete, AtomicLong::get)
                .description("Domain events published but not yet handled by all their listeners").register(meters);
    }

    @Scheduled(fixedDelayString = "${portal.metrics.refresh:30s}", initialDelay = 0)
    void refresh() {
        try {
            incomplete.set(jdbc.sql("SELECT COUNT(*) FROM EVENT_PUBLICATION WHERE completion_date IS NULL")
                    .query(Long.class).single());
        } catch (DataAccessException databaseUnreachable) {
            // the gauge keeps its last value; the database health says what is wrong
        }
    }
}
