package nl.erkenningsportaal.overview;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.erkenningsportaal.municipality.Municipality;
import nl.erkenningsportaal.municipality.MunicipalityService;
import nl.erkenningsportaal.platform.Roles;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Anonymous figures for policy makers and administrators: aggregates only, small counts suppressed everywhere. */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasAnyRole('" + Roles.POLICY + "', '" + Roles.ADMIN + "')")
public class OverviewService {

    /** Counts below this are shown as "<5", in the view and in the CSV. */
    public static final int SUPPRESS_BELOW = 5;

    private final JdbcTemplate jdbc;
    private final MunicipalityService municipalities;

    OverviewService(JdbcTemplate jdbc, MunicipalityService municipalities) {
        this.jdbc = jdbc;
        this.municipalities = municipalities;
    }

    public List<String> quarters() {
        return jdbc.queryForList("SELECT DISTINCT quarter FROM overview_count ORDER BY quarter DESC", String.class);
    }

    /** Every municipality (and the region, for walk-ins) with all figures of the quarter, suppressed. */
    public List<OverviewRow> figures(String quarter) {
        Map<String, Map<Metric, Integer>> raw = new LinkedHashMap<>();
        for (Municipality m : municipalities.all()) {
            raw.put(m.id(), new EnumMap<>(Metric.class));
        }
        raw.put(OverviewCounter.REGION, new EnumMap<>(Metric.class));
        jdbc.query("SELECT municipality_id, metric, value FROM overview_count WHERE quarter = ?", rs -> {
            raw.computeIfAbsent(rs.getString(1), k -> new EnumMap<>(Metric.class))
                    .put(Metric.valueOf(rs.getString(2)), rs.getInt(3));
        }, quarter);
        // active recognitions are a stock: a quarter without a change carries the last earlier value forward
        jdbc.query("""
                SELECT c.municipality_id, c.value FROM overview_count c
                WHERE c.metric = 'ACTIVE_RECOGNITIONS' AND c.quarter = (
                    SELECT MAX(p.quarter) FROM overview_count p
                    WHERE p.metric = 'ACTIVE_RECOGNITIONS' AND p.municipality_id = c.municipality_id
                      AND p.quarter <= ?)""", rs -> {
            raw.computeIfAbsent(rs.getString(1), k -> new EnumMap<>(Metric.class))
                    .put(Metric.ACTIVE_RECOGNITIONS, rs.getInt(2));
        }, quarter);
        List<OverviewRow> rows = new ArrayList<>();
        raw.forEach((id, values) -> {
            Map<Metric, String> shown = new EnumMap<>(Metric.class);
            for (Metric metric : Metric.values()) {
                shown.put(metric, suppress(values.getOrDefault(metric, 0)));
            }
            rows.add(new OverviewRow(municipalities.find(id).map(Municipality::name).orElse(id), shown));
        });
        return rows;
    }

    /** The same figures as CSV (semicolon-separated, as Dutch spreadsheets expect), small counts suppressed. */
    public String csv(String quarter) {
        StringBuilder sb = new StringBuilder("quarter;municipality");
        for (Metric m : Metric.values()) {
            sb.append(';').append(m.name().toLowerCase(java.util.Locale.ROOT));
        }
        sb.append('\n');
        for (OverviewRow row : figures(quarter)) {
            sb.append(quarter).append(';').append(row.municipality().replace(";", ","));
            for (Metric m : Metric.values()) {
                sb.append(';').append(row.figures().get(m));
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    static String suppress(int value) {
        return value < SUPPRESS_BELOW ? "<" + SUPPRESS_BELOW : Integer.toString(value);
    }

    /** Raw value for the chart's bar length only where it is not suppressed (0 otherwise). */
    public static int chartValue(String shown) {
        return shown.startsWith("<") ? 0 : Integer.parseInt(shown);
    }
}
