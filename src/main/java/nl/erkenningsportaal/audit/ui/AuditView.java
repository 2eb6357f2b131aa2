package nl.erkenningsportaal.audit.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.Comparator;
import nl.erkenningsportaal.audit.AuditAction;
import nl.erkenningsportaal.audit.AuditEntry;
import nl.erkenningsportaal.audit.AuditFilter;
import nl.erkenningsportaal.audit.AuditService;
import nl.erkenningsportaal.audit.ChainVerification;
import nl.erkenningsportaal.platform.LocalisedPickers;
import nl.erkenningsportaal.platform.Roles;
import org.jspecify.annotations.Nullable;

/**
 * The audit viewer: administrators (with the second factor, like every staff page) filter the trail by actor,
 * action, subject and period, check the hash chain, and export what they filtered (the export is itself audited).
 */
@Route("beheer/audit")
@Menu(title = "audit.nav", order = 87)
@RolesAllowed(Roles.ADMIN)
public class AuditView extends Main implements HasDynamicTitle {

    private final transient AuditService audit;
    private final TextField actor = new TextField();
    private final ComboBox<AuditAction> action = new ComboBox<>();
    private final TextField subjectType = new TextField();
    private final TextField subject = new TextField();
    private final DatePicker from = LocalisedPickers.localise(new DatePicker());
    private final DatePicker to = LocalisedPickers.localise(new DatePicker());
    private final Grid<AuditEntry> grid = new Grid<>();
    private final Paragraph matches = new Paragraph();
    private final Paragraph chain = new Paragraph();
    private final java.time.ZoneId zone;

    AuditView(AuditService audit, Clock clock) {
        this.audit = audit;
        addClassName("portal-page");
        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT, FormatStyle.MEDIUM)
                .withLocale(getLocale()).withZone(clock.getZone());
        this.zone = clock.getZone();

        actor.setLabel(getTranslation("audit.actor"));
        actor.setHelperText(getTranslation("audit.actor-help"));
        action.setLabel(getTranslation("audit.action"));
        action.setItems(Arrays.stream(AuditAction.values())
                .sorted(Comparator.comparing(a -> getTranslation("audit.action." + a.name()))).toList());
        action.setItemLabelGenerator(a -> getTranslation("audit.action." + a.name()));
        action.setClearButtonVisible(true);
        subjectType.setLabel(getTranslation("audit.subject-type"));
        subject.setLabel(getTranslation("audit.subject"));
        from.setLabel(getTranslation("audit.from"));
        to.setLabel(getTranslation("audit.to"));
        for (TextField field : new TextField[] {actor, subjectType, subject}) {
            field.setMaxLength(100);
            field.setClearButtonVisible(true);
            field.addValueChangeListener(e -> refresh());
        }
        action.addValueChangeListener(e -> refresh());
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());
        FlexLayout filters = new FlexLayout(actor, action, subjectType, subject, from, to);
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.addClassName("portal-filters");

        grid.addColumn(AuditEntry::sequence).setHeader(getTranslation("audit.sequence")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(e -> format.format(e.occurredAt())).setHeader(getTranslation("audit.when")).setAutoWidth(true);
        grid.addColumn(AuditEntry::actor).setHeader(getTranslation("audit.actor")).setAutoWidth(true);
        grid.addColumn(e -> getTranslation("role." + e.actorRole())).setHeader(getTranslation("audit.role"))
                .setAutoWidth(true);
        grid.addColumn(e -> e.actorMunicipality() == null ? "" : e.actorMunicipality())
                .setHeader(getTranslation("audit.municipality")).setAutoWidth(true);
        grid.addColumn(e -> getTranslation("audit.action." + e.action().name()))
                .setHeader(getTranslation("audit.action")).setAutoWidth(true);
        grid.addColumn(e -> e.subjectType() + " " + e.subject()).setHeader(getTranslation("audit.subject"))
                .setAutoWidth(true);
        grid.addColumn(e -> e.reason() == null ? "" : e.reason()).setHeader(getTranslation("audit.reason"))
                .setFlexGrow(1);
        grid.setAriaLabel(getTranslation("audit.title"));
        grid.setEmptyStateText(getTranslation("grid.empty.filter"));
        grid.setPageSize(50);

        Button verify = new Button(getTranslation("audit.verify"), e -> showChain(audit.verifyChain()));
        chain.addClassName("portal-chain-result");
        chain.getElement().setAttribute("role", "status");
        Anchor export = new Anchor(DownloadHandler.fromInputStream(e -> new DownloadResponse(
                new ByteArrayInputStream(audit.exportCsv(filter()).getBytes(StandardCharsets.UTF_8)),
                "audit.csv", "text/csv", -1)), getTranslation("audit.export"));
        export.getElement().setAttribute("download", true);
        verify.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FlexLayout actions = new FlexLayout(verify, export);
        actions.setAlignItems(FlexComponent.Alignment.CENTER);
        actions.getStyle().set("gap", "var(--lumo-space-m)");

        add(new H1(getTranslation("audit.title")), new Paragraph(getTranslation("audit.intro")), filters, matches,
                actions, chain, grid);
        refresh();
    }

    AuditFilter filter() {
        return new AuditFilter(blankToNull(actor.getValue()), action.getValue(), blankToNull(subjectType.getValue()),
                blankToNull(subject.getValue()), from.getValue(), to.getValue());
    }

    private void refresh() {
        AuditFilter filter = filter();
        int count = audit.count(filter);
        matches.setText(getTranslation("audit.matches", count));
        grid.setItems(query -> audit.search(filter, query.getOffset(), query.getLimit()).stream(), query -> count);
    }

    private void showChain(ChainVerification result) {
        ChainVerification.Checkpoint checkpoint = result.checkpoint();
        chain.setText(!result.intact()
                ? getTranslation("audit.chain-broken", result.firstBrokenSequence().orElseThrow())
                : checkpoint == null ? getTranslation("audit.chain-intact", result.entriesChecked())
                : getTranslation("audit.chain-intact-from", result.entriesChecked(), checkpoint.sequence(),
                        DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(getLocale()).withZone(zone)
                                .format(checkpoint.occurredAt())));
        chain.getElement().getClassList().set("portal-chain-broken", !result.intact());
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.title") + " | " + getTranslation("app.name");
    }
}
