package nl.erkenningsportaal.overview;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.erkenningsportaal.municipality.Municipality;
import nl.erkenningsportaal.municipality.MunicipalityService;
import nl.erkenningsportaal.platform.Roles;
import nl.erkenningsportaal.platform.SpreadsheetCsv;
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

    private final OverviewStore store;
    private final MunicipalityService municipalities;

    OverviewService(OverviewStore store, MunicipalityService municipalities) {
        this.store = store;
        this.municipalities = municipalities;
    }

    public List<String> quarters() {
        return store.quarters();
    }

    /** Every municipality (and the region, for walk-ins) with all figures of the quarter, suppressed. */
    public List<OverviewRow> figures(String quarter) {
        Map<String, Map<Metric, Integer>> raw = new LinkedHashMap<>();
        for (Municipality m : municipalities.all()) {
            raw.put(m.id(), new EnumMap<>(Metric.class));
        }
        raw.put(OverviewCounter.REGION, new EnumMap<>(Metric.class));
        // active recognitions are a stock: a quarter without a change carries the last earlier value forward
        for (List<OverviewStore.Count> counts : List.of(store.counts(quarter), store.activeRecognitionsAsOf(quarter))) {
            for (OverviewStore.Count c : counts) {
                raw.computeIfAbsent(c.municipalityId(), k -> new EnumMap<>(Metric.class))
                        .put(Metric.valueOf(c.metric()), c.value());
            }
        }
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

    /**
     * The same figures as CSV ({@link SpreadsheetCsv}: semicolon-separated, as Dutch spreadsheets expect, quoted
     * where needed, no cell read as a formula), small counts suppressed.
     */
    public String csv(String quarter) {
        List<String> header = new ArrayList<>(List.of("quarter", "municipality"));
        for (Metric m : Metric.values()) {
            header.add(m.name().toLowerCase(Locale.ROOT));
        }
        SpreadsheetCsv csv = new SpreadsheetCsv(header.toArray(String[]::new));
        for (OverviewRow row : figures(quarter)) {
            List<Object> cells = new ArrayList<>(List.of(quarter, row.municipality()));
            for (Metric m : Metric.values()) {
                cells.add(row.figures().get(m));
            }
            csv.row(cells.toArray());
        }
        return csv.toString();
    }

    static String suppress(int value) {
        return value < SUPPRESS_BELOW ? "<" + SUPPRESS_BELOW : Integer.toString(value);
    }

    /** Raw value for the chart's bar length only where it is not suppressed (0 otherwise). */
    public static int chartValue(String shown) {
        return shown.startsWith("<") ? 0 : Integer.parseInt(shown);
    }
}
