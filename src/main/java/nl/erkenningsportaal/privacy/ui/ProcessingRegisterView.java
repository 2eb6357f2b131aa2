package nl.erkenningsportaal.privacy.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.erkenningsportaal.platform.Roles;
import nl.erkenningsportaal.privacy.DataCategory;
import nl.erkenningsportaal.privacy.DeclaredColumn;
import nl.erkenningsportaal.privacy.ProcessingRegister;
import nl.erkenningsportaal.privacy.RegisterTable;
import nl.erkenningsportaal.privacy.RetentionRule;

/**
 * The processing register (GDPR art. 30) as a page: every table with its purpose, legal basis, who may see it, its
 * retention and its columns by category; every retention rule with its term (per municipality where the
 * municipality decides) and the job that carries it out; and the whole register as CSV for a municipality's own
 * register and its DPIA.
 *
 * <p>For administrators, who keep the portal's settings, and for policy makers: the municipality is the controller,
 * and its policy makers answer for the processing and write the DPIA. The register describes the processing and holds
 * no personal data, so showing it to them does not widen who sees data about people.
 */
@Route("beheer/verwerkingsregister")
@Menu(title = "privacy.register.nav", order = 83)
@RolesAllowed({Roles.ADMIN, Roles.POLICY})
public class ProcessingRegisterView extends Main implements HasDynamicTitle {

    ProcessingRegisterView(ProcessingRegister register) {
        addClassName("portal-page");

        // with a byte order mark, so that a spreadsheet reads the accents of every language right
        Anchor csv = new Anchor(DownloadHandler.fromInputStream(e -> new DownloadResponse(new ByteArrayInputStream(
                ("\uFEFF" + register.csv(this::getTranslation)).getBytes(StandardCharsets.UTF_8)),
                "verwerkingsregister.csv", "text/csv", -1)), getTranslation("privacy.register.csv"));
        csv.getElement().setAttribute("download", true);

        Grid<RegisterTable> tables = new Grid<>();
        tables.addColumn(t -> t.table().name()).setHeader(getTranslation("privacy.register.table"))
                .setAutoWidth(true).setFrozen(true);
        tables.addColumn(RegisterTable::module).setHeader(getTranslation("privacy.register.module"))
                .setAutoWidth(true);
        tables.addColumn(t -> getTranslation("privacy.purpose." + t.table().purpose()))
                .setHeader(getTranslation("privacy.register.purpose")).setWidth("10rem").setFlexGrow(1);
        tables.addColumn(t -> getTranslation("privacy.basis." + t.table().basis()))
                .setHeader(getTranslation("privacy.register.basis")).setWidth("12rem").setFlexGrow(1);
        tables.addColumn(t -> t.table().seenBy().stream().map(r -> getTranslation("role." + r))
                .collect(Collectors.joining(", "))).setHeader(getTranslation("privacy.register.seen-by"))
                .setWidth("9rem").setFlexGrow(1);
        tables.addColumn(t -> String.join(", ", t.table().rules()))
                .setHeader(getTranslation("privacy.register.rules")).setWidth("12rem").setFlexGrow(1);
        tables.addColumn(this::columns).setHeader(getTranslation("privacy.register.columns")).setWidth("20rem")
                .setFlexGrow(3);
        tables.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        tables.setItems(register.tables());
        tables.setAllRowsVisible(true);
        tables.setAriaLabel(getTranslation("privacy.register.tables"));

        Grid<RetentionRule> rules = new Grid<>();
        rules.addColumn(RetentionRule::id).setHeader(getTranslation("privacy.register.rule")).setAutoWidth(true)
                .setFrozen(true);
        rules.addColumn(r -> getTranslation(r.whatKey())).setHeader(getTranslation("privacy.statement.column.what"))
                .setWidth("16rem").setFlexGrow(2);
        rules.addColumn(r -> getTranslation(r.whenKey(), register.describeTerm(r.id(), null, this::getTranslation)))
                .setHeader(getTranslation("privacy.statement.column.how-long")).setWidth("14rem").setFlexGrow(2);
        rules.addColumn(r -> getTranslation("privacy.scope." + r.term().scope()))
                .setHeader(getTranslation("privacy.register.decided-by")).setAutoWidth(true);
        rules.addColumn(RetentionRule::job).setHeader(getTranslation("privacy.register.job")).setAutoWidth(true);
        rules.setItems(register.rules());
        rules.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        rules.setAllRowsVisible(true);
        rules.setAriaLabel(getTranslation("privacy.register.rules-title"));

        Section tableSection = new Section(new H2(getTranslation("privacy.register.tables")), tables);
        Section ruleSection = new Section(new H2(getTranslation("privacy.register.rules-title")),
                new Paragraph(getTranslation("privacy.register.rules-intro")), rules);
        tableSection.addClassName("portal-section");
        ruleSection.addClassName("portal-section");
        add(new H1(getTranslation("privacy.register.title")), new Paragraph(getTranslation("privacy.register.intro")),
                new Paragraph(csv), ruleSection, tableSection);
    }

    /** The table's columns by category, encrypted ones marked, not-personal ones last. */
    private String columns(RegisterTable t) {
        Map<DataCategory, List<DeclaredColumn>> byCategory = new LinkedHashMap<>();
        for (DataCategory c : DataCategory.values()) {
            List<DeclaredColumn> of = t.table().columns().stream().filter(col -> col.category() == c).toList();
            if (!of.isEmpty()) {
                byCategory.put(c, of);
            }
        }
        return byCategory.entrySet().stream().map(e -> getTranslation("privacy.category." + e.getKey())
                + ": " + e.getValue().stream().map(col -> col.name() + switch (col.protection()) {
                    case ENCRYPTED -> " (" + getTranslation("privacy.protection.ENCRYPTED") + ")";
                    case HASHED -> " (" + getTranslation("privacy.protection.HASHED") + ")";
                    case PLAIN, GENERATED -> "";
                }).collect(Collectors.joining(", "))).collect(Collectors.joining("; "));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("privacy.register.title") + " | " + getTranslation("app.name");
    }
}
