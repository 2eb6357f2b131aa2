package nl.erkenningsportaal.recognition.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.erkenningsportaal.account.CurrentUser;
import nl.erkenningsportaal.municipality.Municipality;
import nl.erkenningsportaal.municipality.MunicipalityService;
import nl.erkenningsportaal.platform.Refusal;
import nl.erkenningsportaal.platform.Roles;
import nl.erkenningsportaal.recognition.CatalogueLine;
import nl.erkenningsportaal.recognition.ReasonCatalogueService;
import nl.erkenningsportaal.recognition.ReasonChange;
import nl.erkenningsportaal.recognition.ReasonDraft;
import nl.erkenningsportaal.recognition.ReasonEntry;
import nl.erkenningsportaal.recognition.ReasonKind;
import org.jspecify.annotations.Nullable;

/**
 * The reasons an officer may choose and the extra intake checklist items, per municipality with region defaults
 * (issue 20, decision 0051). The region's administrator manages the region defaults and every municipality's own
 * entries; a municipal administrator sees the region defaults, switches them off or on for her municipality and
 * manages its own entries. A change makes a new version and archives the old one: decisions already taken keep the
 * reason they were taken with. The history shows who (a staff id), when and what.
 */
@Route("beheer/redenen")
@Menu(title = "reasons.nav", order = 84)
@RolesAllowed({Roles.ADMIN, Roles.MUNICIPAL_ADMIN})
public class ReasonsView extends Main implements HasDynamicTitle {

    /** Where the screen works: the region (no municipality) or one municipality. */
    record Scope(@Nullable String municipalityId, String label) {}

    private final transient ReasonCatalogueService reasons;
    private final Select<Scope> scope = new Select<>();
    private final Select<ReasonKind> kind = new Select<>();
    private final Grid<CatalogueLine> grid = new Grid<>();
    private final Grid<ReasonChange> history = new Grid<>();

    ReasonsView(ReasonCatalogueService reasons, MunicipalityService municipalities, CurrentUser currentUser) {
        this.reasons = reasons;
        addClassName("portal-page");
        List<Scope> scopes = new ArrayList<>();
        if (currentUser.require().hasRole(Roles.ADMIN)) {
            scopes.add(new Scope(null, getTranslation("reasons.scope.region")));
        }
        for (Municipality m : municipalities.manageable()) {
            scopes.add(new Scope(m.id(), m.name()));
        }
        scope.setLabel(getTranslation("reasons.scope"));
        scope.setItems(scopes);
        scope.setItemLabelGenerator(Scope::label);
        kind.setLabel(getTranslation("reasons.kind"));
        kind.setItems(ReasonKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("reasons.kind." + k));
        kind.setValue(ReasonKind.DECLINE);
        if (!scopes.isEmpty()) {
            scope.setValue(scopes.getFirst());
        }
        scope.addValueChangeListener(e -> refresh());
        kind.addValueChangeListener(e -> refresh());

        // the reasons are the content of this screen: a reason cut off after a few words cannot be judged
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        history.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(l -> text(l.entry(), Locale.of("nl"))).setHeader(getTranslation("reasons.field.text-nl"))
                .setFlexGrow(2);
        grid.addColumn(l -> text(l.entry(), Locale.ENGLISH)).setHeader(getTranslation("reasons.field.text-en"))
                .setFlexGrow(2);
        grid.addColumn(l -> l.entry().kind() == ReasonKind.CHECK
                ? getTranslation(l.entry().required() ? "action.yes" : "action.no")
                : category(l.entry().kind(), l.entry().category()))
                .setHeader(getTranslation("reasons.column.category-or-required")).setFlexGrow(1);
        grid.addColumn(l -> getTranslation(l.entry().regionDefault() ? "reasons.origin.region" : "reasons.origin.own")
                + (l.switchedOff() ? " — " + getTranslation("reasons.state.off") : ""))
                .setHeader(getTranslation("reasons.column.origin")).setAutoWidth(true);
        grid.addComponentColumn(this::actions).setKey("actions").setHeader(getTranslation("reasons.column.actions")).setAutoWidth(true);
        grid.setAllRowsVisible(true);
        grid.setAriaLabel(getTranslation("reasons.grid"));

        history.addColumn(c -> Formats.dateTime(c.at(), getLocale())).setHeader(getTranslation("reasons.history.at"))
                .setAutoWidth(true);
        history.addColumn(c -> c.staffId() == null ? "—" : Long.toString(c.staffId()))
                .setHeader(getTranslation("reasons.history.staff")).setAutoWidth(true);
        history.addColumn(c -> getTranslation("reasons.history.action." + c.action()))
                .setHeader(getTranslation("reasons.history.action")).setAutoWidth(true);
        history.addColumn(c -> getTranslation("reasons.kind." + c.entry().kind()) + ": "
                + text(c.entry(), getLocale())).setHeader(getTranslation("reasons.history.what")).setFlexGrow(3);
        history.setAllRowsVisible(true);
        history.setAriaLabel(getTranslation("reasons.history"));
        history.setEmptyStateText(getTranslation("grid.empty.history"));

        Button add = new Button(getTranslation("reasons.action.add"), e -> edit(null));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout choose = new HorizontalLayout(scope, kind, add);
        choose.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        choose.setWrap(true);
        Section catalogue = new Section(new H2(getTranslation("reasons.catalogue")), choose, grid);
        Section changes = new Section(new H2(getTranslation("reasons.history")), history);
        catalogue.addClassName("portal-section");
        changes.addClassName("portal-section");
        add(new H1(getTranslation("reasons.title")), new Paragraph(getTranslation("reasons.intro")),
                new Paragraph(getTranslation("reasons.versions-note")), catalogue, changes);
        refresh();
    }

    private void refresh() {
        Scope s = scope.getValue();
        if (s == null || kind.getValue() == null) {
            grid.setItems(List.of());
            history.setItems(List.of());
            return;
        }
        grid.setItems(reasons.catalogue(kind.getValue(), s.municipalityId()));
        history.setItems(reasons.history(s.municipalityId()));
    }

    private String text(ReasonEntry e, Locale locale) {
        return e.textKey() != null ? getTranslation(locale, e.textKey()) : e.shownIn(locale, this::getTranslation);
    }

    private String category(ReasonKind k, @Nullable String category) {
        if (category == null) {
            return "";
        }
        return getTranslation(switch (k) {
            case DECLINE -> "recognition.decline." + category;
            case REVOKE -> "lifecycle.revoke." + category;
            default -> "recognition.end." + category;
        });
    }

    private Component actions(CatalogueLine l) {
        HorizontalLayout buttons = new HorizontalLayout();
        buttons.setWrap(true);
        String label = text(l.entry(), getLocale());
        if (l.mayChange()) {
            Button change = new Button(getTranslation("reasons.action.change"), e -> edit(l.entry()));
            change.setAriaLabel(getTranslation("reasons.action.change") + ": " + label);
            Button archive = new Button(getTranslation("reasons.action.archive"), e -> archive(l.entry()));
            archive.setAriaLabel(getTranslation("reasons.action.archive") + ": " + label);
            buttons.add(change, archive);
        }
        Scope s = scope.getValue();
        if (l.entry().regionDefault() && s != null && s.municipalityId() != null) {
            String key = l.switchedOff() ? "reasons.action.switch-on" : "reasons.action.switch-off";
            Button toggle = new Button(getTranslation(key), e -> act(() -> reasons.switchDefault(
                    s.municipalityId(), l.entry().id(), l.switchedOff())));
            toggle.setAriaLabel(getTranslation(key) + ": " + label);
            buttons.add(toggle);
        }
        return buttons;
    }

    /** Adds an entry (null) or changes one: a new version of it. */
    private void edit(@Nullable ReasonEntry old) {
        Scope s = scope.getValue();
        ReasonKind k = old == null ? kind.getValue() : old.kind();
        if (s == null || k == null) {
            return;
        }
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation(old == null ? "reasons.action.add" : "reasons.action.change") + " — "
                + getTranslation("reasons.kind." + k));
        Select<String> category = new Select<>();
        category.setLabel(getTranslation("reasons.field.category"));
        category.setItems(k.categories());
        category.setItemLabelGenerator(c -> category(k, c));
        category.setVisible(k != ReasonKind.CHECK);
        TextField nl = new TextField(getTranslation("reasons.field.text-nl"));
        TextField en = new TextField(getTranslation("reasons.field.text-en"));
        for (TextField f : List.of(nl, en)) {
            f.setMaxLength(ReasonDraft.TEXT_MAX);
            f.setRequired(true);
            f.setWidthFull();
        }
        en.setHelperText(getTranslation("reasons.field.text-en-help"));
        Checkbox required = new Checkbox(getTranslation("reasons.field.required"));
        required.setVisible(k == ReasonKind.CHECK);
        if (old != null) {
            category.setValue(old.category());
            nl.setValue(text(old, Locale.of("nl")));
            en.setValue(text(old, Locale.ENGLISH));
            required.setValue(old.required());
        } else if (k.categories().size() == 1) {
            category.setValue(k.categories().getFirst());
        }
        FormLayout form = new FormLayout(category, nl, en, required);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        dialog.add(form);
        Button save = new Button(getTranslation("action.save"), e -> {
            ReasonDraft draft = new ReasonDraft(k, category.getValue(), nl.getValue(), en.getValue(),
                    required.getValue());
            if (act(() -> {
                if (old == null) {
                    reasons.add(s.municipalityId(), draft);
                } else {
                    reasons.change(old.id(), draft);
                }
            })) {
                dialog.close();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        add(dialog);
        dialog.open();
    }

    private void archive(ReasonEntry e) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("reasons.action.archive"));
        dialog.add(new Paragraph(getTranslation("reasons.archive.confirm", text(e, getLocale()))));
        Button confirm = new Button(getTranslation("reasons.action.archive"), ev -> {
            if (act(() -> reasons.archive(e.id()))) {
                dialog.close();
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), ev -> dialog.close()), confirm);
        add(dialog);
        dialog.open();
    }

    private boolean act(Runnable action) {
        try {
            action.run();
        } catch (Refusal r) {
            Refusals.show(this, r);
            return false;
        }
        Refusals.done(this, "reasons.saved");
        refresh();
        return true;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("reasons.title") + " | " + getTranslation("app.name");
    }
}
