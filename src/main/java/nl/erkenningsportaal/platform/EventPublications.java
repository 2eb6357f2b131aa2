package nl.erkenningsportaal.platform;

import java.time.LocalDateTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Spring Modulith's event publication registry, for its retention: an event that no listener could handle within
 * the term is given up (an event names an account and may carry a GGD appointment). Its only SQL.
 */
@Component
public class EventPublications {

    private final JdbcClient jdbc;

    EventPublications(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Deletes at most {@code batch} events published before {@code beforeUtc} and never completed; how many. */
    public int forgetIncompleteBefore(LocalDateTime beforeUtc, int batch) {
        return jdbc.sql("""
                DELETE FROM EVENT_PUBLICATION
                WHERE completion_date IS NULL AND publication_date < :before
                LIMIT :batch""").param("before", beforeUtc).param("batch", batch).update();
    }
}
