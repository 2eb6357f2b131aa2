package nl.erkenningsportaal.overview.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import nl.erkenningsportaal.overview.Metric;
import nl.erkenningsportaal.overview.OverviewRow;
import nl.erkenningsportaal.overview.OverviewService;
import nl.erkenningsportaal.platform.Roles;

/**
 * The anonymous sector overview per municipality and quarter, with counts under five shown as "&lt;5", a bar chart
 * drawn as server-side SVG (with the table as its text alternative), and a CSV download.
 */
@Route("overzicht")
@Menu(title = "overview.nav", order = 70)
@RolesAllowed({Roles.POLICY, Roles.ADMIN})
public class OverviewView extends Main implements HasDynamicTitle {

    private final transient OverviewService service;
    private final Grid<OverviewRow> grid = new Grid<>();
    private final Div chart = new Div();
    private final Div download = new Div();
    private final Select<String> quarter = new Select<>();

    OverviewView(OverviewService service) {
        this.service = service;
        addClassName("portal-page");
        grid.addColumn(OverviewRow::municipality).setHeader(getTranslation("overview.municipality"))
                .setAutoWidth(true).setFrozen(true);
        for (Metric m : Metric.values()) {
            grid.addColumn(r -> r.figures().get(m)).setHeader(getTranslation("overview.metric." + m)).setAutoWidth(true);
        }
        grid.setAllRowsVisible(true);
        grid.setAriaLabel(getTranslation("overview.title"));
        quarter.setLabel(getTranslation("overview.quarter"));
        List<String> quarters = service.quarters();
        quarter.setItems(quarters);
        quarter.addValueChangeListener(e -> render());
        add(new H1(getTranslation("overview.title")), new Paragraph(getTranslation("overview.intro")), quarter);
        if (quarters.isEmpty()) {
            add(new Paragraph(getTranslation("overview.empty")));
        } else {
            add(download, new H2(getTranslation("overview.chart")), chart, new H2(getTranslation("overview.table")), grid);
            quarter.setValue(quarters.getFirst());
        }
    }

    private void render() {
        String q = quarter.getValue();
        if (q == null) {
            return;
        }
        List<OverviewRow> rows = service.figures(q);
        grid.setItems(rows);
        chart.removeAll();
        chart.add(new Html(svg(rows)));
        download.removeAll();
        Anchor csv = new Anchor(DownloadHandler.fromInputStream(e -> new DownloadResponse(new ByteArrayInputStream(
                service.csv(q).getBytes(StandardCharsets.UTF_8)), "overzicht-" + q + ".csv", "text/csv", -1)),
                getTranslation("overview.csv"));
        csv.getElement().setAttribute("download", true);
        download.add(csv);
    }

    /** A horizontal bar chart of recognitions per municipality; suppressed counts draw no bar. */
    private String svg(List<OverviewRow> rows) {
        int max = Math.max(1, rows.stream().mapToInt(r -> OverviewService.chartValue(r.figures()
                .get(Metric.RECOGNISED))).max().orElse(1));
        int height = 22 * rows.size() + 10;
        StringBuilder sb = new StringBuilder("<svg xmlns='http://www.w3.org/2000/svg' role='img' width='640' height='"
                + height + "' aria-label='" + escape(getTranslation("overview.chart-label")) + "'>");
        int y = 5;
        for (OverviewRow r : rows) {
            String shown = r.figures().get(Metric.RECOGNISED);
            int width = (int) (400.0 * OverviewService.chartValue(shown) / max);
            sb.append("<text x='0' y='").append(y + 14).append("' font-size='13' fill='#1a1a1a'>")
                    .append(escape(r.municipality())).append("</text>")
                    .append("<rect x='170' y='").append(y + 2).append("' width='").append(width)
                    .append("' height='16' fill='#154273'/>")
                    .append("<text x='").append(176 + width).append("' y='").append(y + 14)
                    .append("' font-size='13' fill='#1a1a1a'>").append(escape(shown)).append("</text>");
            y += 22;
        }
        return sb.append("</svg>").toString();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("'", "&#39;");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("overview.title") + " | " + getTranslation("app.name");
    }
}
