package nl.erkenningsportaal.consultation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.Set;
import java.util.stream.Collectors;
import nl.erkenningsportaal.consultation.GgdConsultationService;
import nl.erkenningsportaal.consultation.Location;
import nl.erkenningsportaal.consultation.NewSeries;
import nl.erkenningsportaal.consultation.SessionSummary;
import nl.erkenningsportaal.municipality.Municipality;
import nl.erkenningsportaal.municipality.MunicipalityService;
import nl.erkenningsportaal.platform.LocalisedPickers;
import nl.erkenningsportaal.platform.FieldRefusals;
import nl.erkenningsportaal.platform.Refusal;
import nl.erkenningsportaal.platform.Roles;

/** GGD staff: the coming sessions, new locations and new consultation series. */
@Route("ggd")
@Menu(title = "consultation.nav.ggd", order = 30)
@RolesAllowed(Roles.GGD)
public class GgdSessionsView extends Main implements HasDynamicTitle {

    private final transient GgdConsultationService service;
    private final transient MunicipalityService municipalities;
    private final transient Clock clock;
    private final Grid<SessionSummary> grid = new Grid<>();
    private final SeriesSection seriesSection;

    GgdSessionsView(GgdConsultationService service, MunicipalityService municipalities, Clock clock) {
        this.service = service;
        this.municipalities = municipalities;
        this.clock = clock;
        addClassName("portal-page");
        grid.addColumn(s -> ConsultationFormats.date(s.date(), getLocale()))
                .setHeader(getTranslation("consultation.date")).setAutoWidth(true);
        grid.addColumn(s -> ConsultationFormats.time(s.start(), getLocale()) + "–"
                + ConsultationFormats.time(s.end(), getLocale())).setHeader(getTranslation("consultation.time"));
        grid.addColumn(SessionSummary::locationName).setHeader(getTranslation("consultation.location"));
        grid.addColumn(s -> s.cancelled() ? getTranslation("consultation.cancelled")
                : getTranslation("consultation.places-booked", s.booked(), s.capacity()))
                .setHeader(getTranslation("consultation.places"));
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(GgdDayView.class, e.getItem().id())));
        grid.setAriaLabel(getTranslation("consultation.sessions"));
        grid.setEmptyStateText(getTranslation("consultation.sessions.empty"));
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT); // a location's name and "12 places, none taken" whole
        Button location = new Button(getTranslation("consultation.new-location"), e -> newLocation());
        Button series = new Button(getTranslation("consultation.new-series"), e -> newSeries());
        series.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        seriesSection = new SeriesSection(service, clock, this::refresh);
        add(new H1(getTranslation("consultation.sessions")), new HorizontalLayout(series, location), grid,
                seriesSection);
        refresh();
    }

    private void refresh() {
        grid.setItems(service.sessions(LocalDate.now(clock), LocalDate.now(clock).plusMonths(3)));
    }

    private void newLocation() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("consultation.new-location"));
        TextField name = new TextField(getTranslation("consultation.location-name"));
        name.setMaxLength(Location.NAME_MAX);
        TextField address = new TextField(getTranslation("consultation.location-address"));
        address.setMaxLength(Location.ADDRESS_MAX);
        TextField notes = new TextField(getTranslation("consultation.location-accessibility"));
        notes.setMaxLength(Location.NOTES_MAX);
        dialog.add(new FormLayout(name, address, notes));
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()),
                primary(getTranslation("action.save"), () -> {
                    service.createLocation(name.getValue(), address.getValue(), notes.getValue());
                    dialog.close();
                }));
        dialog.open();
    }

    private void newSeries() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("consultation.new-series"));
        ComboBox<Location> location = new ComboBox<>(getTranslation("consultation.location"));
        location.setItems(service.locations());
        location.setItemLabelGenerator(Location::name);
        Select<DayOfWeek> weekday = new Select<>();
        weekday.setLabel(getTranslation("consultation.weekday"));
        weekday.setItems(DayOfWeek.values());
        weekday.setItemLabelGenerator(d -> d.getDisplayName(TextStyle.FULL, getLocale()));
        TimePicker start = LocalisedPickers.localise(new TimePicker(getTranslation("consultation.start")));
        start.setValue(LocalTime.of(13, 0));
        TimePicker end = LocalisedPickers.localise(new TimePicker(getTranslation("consultation.end")));
        end.setValue(LocalTime.of(16, 0));
        IntegerField slot = new IntegerField(getTranslation("consultation.slot-minutes"));
        slot.setValue(30);
        IntegerField places = new IntegerField(getTranslation("consultation.places-per-slot"));
        places.setValue(2);
        places.setMin(1);
        places.setMax(NewSeries.MAX_PLACES);
        DatePicker first = LocalisedPickers.localise(new DatePicker(getTranslation("consultation.first-date")));
        first.setValue(LocalDate.now(clock).plusDays(1));
        DatePicker last = LocalisedPickers.localise(new DatePicker(getTranslation("consultation.last-date")));
        last.setValue(LocalDate.now(clock).plusMonths(3));
        CheckboxGroup<Municipality> served = new CheckboxGroup<>(getTranslation("consultation.serves"));
        served.setItems(municipalities.participating());
        served.setItemLabelGenerator(Municipality::name);
        dialog.add(new FormLayout(location, weekday, start, end, slot, places, first, last, served));
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()),
                primary(getTranslation("action.save"), () -> {
                    if (location.getValue() == null || weekday.getValue() == null || start.getValue() == null
                            || end.getValue() == null || first.getValue() == null || last.getValue() == null) {
                        throw new Refusal("consultation.error.required");
                    }
                    Set<String> ids = served.getValue().stream().map(Municipality::id).collect(Collectors.toSet());
                    int n = service.createSeries(new NewSeries(location.getValue().id(), weekday.getValue(),
                            start.getValue(), end.getValue(), slot.getValue() == null ? 0 : slot.getValue(),
                            places.getValue() == null ? 0 : places.getValue(), first.getValue(), last.getValue(), ids));
                    Notification.show(getTranslation("consultation.series-created", n), 5000,
                            Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                    dialog.close();
                    refresh();
                    seriesSection.refresh();
                }));
        dialog.open();
    }

    private Button primary(String text, Runnable action) {
        Button b = new Button(text, e -> {
            try {
                action.run();
            } catch (Refusal r) {
                if (FieldRefusals.showOnField(this, r)) {
                    return; // on the field it names (issue 23)
                }
                Notification.show(getTranslation(r.messageKey(), r.arguments()), 6000, Notification.Position.TOP_CENTER)
                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        });
        b.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return b;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("consultation.sessions") + " | " + getTranslation("app.name");
    }
}
