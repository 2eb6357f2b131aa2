package nl.erkenningsportaal.outreach.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.erkenningsportaal.account.CurrentUser;
import nl.erkenningsportaal.platform.AssignmentSection;
import nl.erkenningsportaal.platform.NativeSelect;
import nl.erkenningsportaal.platform.Whose;
import nl.erkenningsportaal.platform.WhoseFilter;
import nl.erkenningsportaal.outreach.Advertisement;
import nl.erkenningsportaal.outreach.NewVisit;
import nl.erkenningsportaal.outreach.Outcome;
import nl.erkenningsportaal.outreach.OutreachService;
import nl.erkenningsportaal.outreach.Platform;
import nl.erkenningsportaal.outreach.Visit;
import nl.erkenningsportaal.platform.LocalisedPickers;
import nl.erkenningsportaal.platform.FieldRefusals;
import nl.erkenningsportaal.platform.Refusal;
import nl.erkenningsportaal.platform.Roles;

/** The officer's outreach of their own municipality: visits with counts per outcome, follow-ups due, advertisements. */
@Route("handhaving/outreach")
@Menu(title = "outreach.nav", order = 23)
@RolesAllowed(Roles.OFFICER)
public class OutreachView extends Main implements HasDynamicTitle {

    private final transient OutreachService service;
    private final Select<Outcome> outcome = new Select<>();
    private final DatePicker from = LocalisedPickers.localise(new DatePicker());
    private final DatePicker to = LocalisedPickers.localise(new DatePicker());
    private final Grid<Visit> visits = new Grid<>();
    private final Grid<Visit> followUps = new Grid<>();
    private final HorizontalLayout counts = new HorizontalLayout();
    private final NativeSelect<Whose> whose = WhoseFilter.create(this::getTranslation, "portal-follow-ups-whose");
    private final Map<Long, String> colleagues = new LinkedHashMap<>();
    private final long me;

    OutreachView(OutreachService service, CurrentUser currentUser) {
        this.service = service;
        this.me = currentUser.require().id();
        service.colleagues().forEach(c -> colleagues.put(c.id(), c.username()));
        addClassName("portal-page");
        outcome.setLabel(getTranslation("outreach.outcome"));
        outcome.setItems(Outcome.values());
        outcome.setEmptySelectionAllowed(true);
        outcome.setEmptySelectionCaption(getTranslation("outreach.all"));
        outcome.setItemLabelGenerator(o -> o == null ? getTranslation("outreach.all")
                : getTranslation("outreach.outcome." + o));
        from.setLabel(getTranslation("outreach.from"));
        from.setValue(LocalDate.now().minusMonths(3));
        to.setLabel(getTranslation("outreach.to"));
        to.setValue(LocalDate.now());
        outcome.addValueChangeListener(e -> refresh());
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());
        configure(visits);
        configure(followUps);
        visits.setAriaLabel(getTranslation("outreach.visits"));
        visits.setEmptyStateText(getTranslation("outreach.visits.empty"));
        followUps.setEmptyStateText(getTranslation("grid.empty.filter"));
        followUps.setAriaLabel(getTranslation("outreach.follow-ups"));
        followUps.addColumn(v -> v.assigneeId() == null ? ""
                : AssignmentSection.ownerLabel(this, colleagues, me, v.assigneeId()))
                .setHeader(getTranslation("assign.title")).setKey("assignee");
        followUps.addComponentColumn(v -> {
            Button done = new Button(getTranslation("outreach.follow-up-done"), e -> act(() ->
                    service.clearFollowUp(v.id())));
            done.addThemeVariants(ButtonVariant.LUMO_SMALL);
            // each row's buttons say which visit they act on (a screen reader hears more than "Assign" ten times)
            String which = v.address() == null ? v.visitedAt().toLocalDate().toString() : v.address();
            done.setAriaLabel(getTranslation("outreach.follow-up-done") + ": " + which);
            Button assign = new Button(getTranslation("outreach.follow-up-assign"), e -> assign(v));
            assign.addThemeVariants(ButtonVariant.LUMO_SMALL);
            assign.addClassName("portal-follow-up-assign");
            assign.setAriaLabel(getTranslation("outreach.follow-up-assign") + ": " + which);
            return new HorizontalLayout(assign, done);
        }).setHeader(getTranslation("outreach.actions")).setAutoWidth(true).setFlexGrow(0);
        whose.addValueChangeListener(e -> refresh());
        Button newVisit = new Button(getTranslation("outreach.new-visit"), e -> newVisit());
        newVisit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button newAd = new Button(getTranslation("outreach.new-ad"), e -> newAd());
        counts.setWrap(true);
        add(new H1(getTranslation("outreach.title")), new HorizontalLayout(newVisit, newAd),
                new H2(getTranslation("outreach.follow-ups")), whose, followUps, new H2(getTranslation("outreach.visits")),
                new HorizontalLayout(outcome, from, to), counts, visits);
        refresh();
    }

    private void configure(Grid<Visit> grid) {
        DateTimeFormatter f = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(getLocale());
        grid.addColumn(v -> f.format(v.visitedAt())).setHeader(getTranslation("outreach.when")).setAutoWidth(true);
        grid.addColumn(v -> v.address() == null ? getTranslation("outreach.address-erased") : v.address())
                .setHeader(getTranslation("outreach.address"));
        grid.addColumn(v -> getTranslation("outreach.outcome." + v.outcome())).setHeader(getTranslation("outreach.outcome"));
        grid.addColumn(v -> v.firstLanguage() == null ? "" : Locale.of(v.firstLanguage()).getDisplayLanguage(getLocale()))
                .setHeader(getTranslation("outreach.language"));
        grid.addColumn(v -> v.followUp() == null ? "" : v.followUp().toString())
                .setHeader(getTranslation("outreach.follow-up"));
        grid.setAllRowsVisible(true);
    }

    private void refresh() {
        LocalDate f = from.getValue() == null ? LocalDate.now().minusYears(1) : from.getValue();
        LocalDate t = to.getValue() == null ? LocalDate.now() : to.getValue();
        visits.setItems(service.visits(outcome.getValue(), f, t));
        followUps.setItems(service.followUpsDue(whose.getValue() == null ? Whose.EVERYONE : whose.getValue()));
        counts.removeAll();
        for (Map.Entry<Outcome, Integer> e : service.countsByOutcome(f, t).entrySet()) {
            Span badge = new Span(getTranslation("outreach.outcome." + e.getKey()) + ": " + e.getValue());
            badge.getElement().getThemeList().add("badge contrast");
            counts.add(badge);
        }
    }

    private void newVisit() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("outreach.new-visit"));
        TextField address = new TextField(getTranslation("outreach.address"));
        address.setMaxLength(NewVisit.ADDRESS_MAX);
        DateTimePicker when = LocalisedPickers.localise(new DateTimePicker(getTranslation("outreach.when")));
        when.setValue(LocalDateTime.now().withSecond(0).withNano(0));
        ComboBox<Advertisement> ad = new ComboBox<>(getTranslation("outreach.advertisement"));
        List<Advertisement> ads = service.advertisements();
        ad.setItems(ads);
        ad.setItemLabelGenerator(a -> getTranslation("outreach.platform." + a.platform()) + " — " + a.reference());
        TextField language = new TextField(getTranslation("outreach.language-code"));
        language.setMaxLength(3);
        Select<Outcome> result = new Select<>();
        result.setLabel(getTranslation("outreach.outcome"));
        result.setItems(Outcome.values());
        result.setItemLabelGenerator(o -> getTranslation("outreach.outcome." + o));
        DatePicker followUp = LocalisedPickers.localise(new DatePicker(getTranslation("outreach.follow-up")));
        TextArea notes = new TextArea(getTranslation("outreach.notes"));
        notes.setMaxLength(NewVisit.NOTES_MAX);
        dialog.add(new FormLayout(address, when, ad, language, result, followUp, notes));
        Button save = new Button(getTranslation("action.save"), e -> {
            if (when.getValue() == null || result.getValue() == null) {
                Refusals.show(this, new Refusal("outreach.error.required"));
                return;
            }
            if (act(() -> service.recordVisit(new NewVisit(address.getValue(), when.getValue(),
                    ad.getValue() == null ? null : ad.getValue().id(), language.getValue(), result.getValue(),
                    followUp.getValue(), notes.getValue())))) {
                dialog.close();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    /** Who owns a follow-up: a dialog with the shared assignment section (choice, "assign to me", history). */
    private void assign(Visit v) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("outreach.follow-up-assign-title", v.followUp() == null ? ""
                : v.followUp().toString()));
        dialog.add(new AssignmentSection(colleagues, me, () -> service.visit(v.id()).assigneeId(),
                () -> service.followUpHistory(v.id()), id -> service.assignFollowUp(v.id(), id)));
        Button close = new Button(getTranslation("action.close"), e -> dialog.close());
        close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(close);
        dialog.addOpenedChangeListener(e -> {
            if (!e.isOpened()) {
                refresh();
            }
        });
        dialog.open();
    }

    private void newAd() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("outreach.new-ad"));
        Select<Platform> platform = new Select<>();
        platform.setLabel(getTranslation("outreach.platform"));
        platform.setItems(Platform.values());
        platform.setItemLabelGenerator(p -> getTranslation("outreach.platform." + p));
        TextField reference = new TextField(getTranslation("outreach.reference"));
        reference.setMaxLength(Advertisement.REFERENCE_MAX);
        DatePicker first = LocalisedPickers.localise(new DatePicker(getTranslation("outreach.first-seen")));
        first.setValue(LocalDate.now());
        DatePicker last = LocalisedPickers.localise(new DatePicker(getTranslation("outreach.last-seen")));
        last.setValue(LocalDate.now());
        dialog.add(new FormLayout(platform, reference, first, last));
        Button save = new Button(getTranslation("action.save"), e -> {
            if (platform.getValue() == null || first.getValue() == null || last.getValue() == null) {
                Refusals.show(this, new Refusal("outreach.error.required"));
                return;
            }
            if (act(() -> service.recordAdvertisement(platform.getValue(), reference.getValue(), first.getValue(),
                    last.getValue()))) {
                dialog.close();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    private boolean act(Runnable action) {
        try {
            action.run();
            Notification.show(getTranslation("outreach.saved"), 4000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            refresh();
            return true;
        } catch (Refusal r) {
            Refusals.show(this, r);
            return false;
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("outreach.title") + " | " + getTranslation("app.name");
    }

    static final class Refusals {
        private Refusals() {}

        /** On the field the refusal names (issue 23); else as a notification. */
        static void show(Main view, Refusal r) {
            if (FieldRefusals.showOnField(view, r)) {
                return;
            }
            Notification.show(view.getTranslation(r.messageKey(), r.arguments()), 6000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }
}
