package nl.erkenningsportaal.overview;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The overview's aggregate tables and the only place that holds their SQL ({@link JdbcClient}, named parameters,
 * rows mapped to records by column name). Nothing here holds a person: only counts per municipality and quarter.
 */
@Component
class OverviewStore {

    private final JdbcClient jdbc;

    OverviewStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One figure of one municipality (or the region) in a quarter. */
    record Count(String municipalityId, String metric, int value) {}

    List<String> quarters() {
        return jdbc.sql("SELECT DISTINCT quarter FROM overview_count ORDER BY quarter DESC").query(String.class)
                .list();
    }

    List<Count> counts(String quarter) {
        return jdbc.sql("SELECT municipality_id, metric, value FROM overview_count WHERE quarter = :quarter")
                .param("quarter", quarter).query(Count.class).list();
    }

    /**
     * Active recognitions are a stock: per municipality the value of the latest quarter up to {@code quarter} that
     * changed it (a quarter without a change carries the last earlier value forward).
     */
    List<Count> activeRecognitionsAsOf(String quarter) {
        return jdbc.sql("""
                SELECT c.municipality_id, c.metric, c.value FROM overview_count c
                WHERE c.metric = :metric AND c.quarter = (
                    SELECT MAX(p.quarter) FROM overview_count p
                    WHERE p.metric = :metric AND p.municipality_id = c.municipality_id
                      AND p.quarter <= :quarter)""")
                .param("metric", Metric.ACTIVE_RECOGNITIONS.name()).param("quarter", quarter)
                .query(Count.class).list();
    }

    /** Adds {@code delta} to a figure of the quarter (created at zero), never below zero. */
    void add(String municipalityId, String quarter, Metric metric, int delta) {
        jdbc.sql("INSERT INTO overview_count (municipality_id, quarter, metric, value) "
                + "VALUES (:municipality, :quarter, :metric, :delta) "
                + "ON DUPLICATE KEY UPDATE value = GREATEST(0, value + VALUES(value))")
                .param("municipality", municipalityId).param("quarter", quarter).param("metric", metric.name())
                .param("delta", delta).update();
    }

    /** Moves the running count of active recognitions and writes it into the quarter's figure. */
    void changeActive(String municipalityId, String quarter, int delta) {
        jdbc.sql("INSERT INTO overview_active (municipality_id, value) VALUES (:municipality, GREATEST(0, :delta)) "
                + "ON DUPLICATE KEY UPDATE value = GREATEST(0, value + :delta)")
                .param("municipality", municipalityId).param("delta", delta).update();
        jdbc.sql("INSERT INTO overview_count (municipality_id, quarter, metric, value) "
                + "SELECT municipality_id, :quarter, :metric, value FROM overview_active "
                + "WHERE municipality_id = :municipality ON DUPLICATE KEY UPDATE value = VALUES(value)")
                .param("quarter", quarter).param("metric", Metric.ACTIVE_RECOGNITIONS.name())
                .param("municipality", municipalityId).update();
    }
}
