package nl.erkenningsportaal.consultation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import nl.erkenningsportaal.consultation.GgdConsultationService;
import nl.erkenningsportaal.consultation.NewSeries;
import nl.erkenningsportaal.consultation.SeriesChange;
import nl.erkenningsportaal.consultation.SeriesChangePreview;
import nl.erkenningsportaal.consultation.SeriesChangeRecord;
import nl.erkenningsportaal.consultation.SeriesSummary;
import nl.erkenningsportaal.platform.FieldRefusals;
import nl.erkenningsportaal.platform.LocalisedPickers;
import nl.erkenningsportaal.platform.Refusal;
import org.jspecify.annotations.Nullable;

/**
 * The GGD's running series on its sessions screen (issue 20): each can be changed from a date on (end date, times,
 * places). The GGD first sees what the change does (sessions changed, added, removed; bookings moved or cancelled;
 * the callers booked by phone to ring) and confirms it in a dialog; under the series, the changes made so far.
 */
class SeriesSection extends Section {

    private final transient GgdConsultationService service;
    private final transient Clock clock;
    private final Runnable afterChange;
    private final Grid<SeriesSummary> series = new Grid<>();
    private final Grid<SeriesChangeRecord> history = new Grid<>();
    private final H3 historyTitle = new H3();
    private final Paragraph noHistory = new Paragraph();
    /** Each series' change button as last drawn, to give the keyboard back to it after a change. */
    private final Map<Long, Button> changeButtons = new HashMap<>();

    SeriesSection(GgdConsultationService service, Clock clock, Runnable afterChange) {
        this.service = service;
        this.clock = clock;
        this.afterChange = afterChange;
        series.addColumn(s -> s.locationName()).setHeader(getTranslation("consultation.location")).setAutoWidth(true);
        series.addColumn(s -> getTranslation("consultation.series.weekday-times",
                s.weekday().getDisplayName(TextStyle.FULL, getLocale()), ConsultationFormats.time(s.start(), getLocale()),
                ConsultationFormats.time(s.end(), getLocale()))).setHeader(getTranslation("consultation.time"));
        series.addColumn(SeriesSummary::placesPerSlot).setHeader(getTranslation("consultation.places-per-slot"));
        series.addColumn(s -> ConsultationFormats.date(s.lastDate(), getLocale()))
                .setHeader(getTranslation("consultation.last-date"));
        series.addComponentColumn(s -> {
            Button change = new Button(getTranslation("consultation.series.change"), e -> change(s));
            change.setAriaLabel(getTranslation("consultation.series.change") + ": " + s.locationName() + ", "
                    + s.weekday().getDisplayName(TextStyle.FULL, getLocale()));
            changeButtons.put(s.id(), change);
            return change;
        }).setHeader(getTranslation("consultation.series.actions")).setKey("change");
        series.setId("series");
        series.setAllRowsVisible(true);
        series.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        series.setAriaLabel(getTranslation("consultation.series.title"));
        series.setEmptyStateText(getTranslation("consultation.series.empty"));
        series.asSingleSelect().addValueChangeListener(e -> showHistory(e.getValue()));

        DateTimeFormatter at = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(getLocale()).withZone(clock.getZone());
        history.addColumn(r -> at.format(r.changedAt())).setHeader(getTranslation("consultation.series.changed-at"))
                .setAutoWidth(true);
        history.addColumn(r -> r.changedBy() == null ? "" : Long.toString(r.changedBy()))
                .setHeader(getTranslation("consultation.series.changed-by")).setAutoWidth(true);
        history.addColumn(this::what).setHeader(getTranslation("consultation.series.what")).setFlexGrow(1);
        history.addColumn(this::effect).setHeader(getTranslation("consultation.series.effect")).setFlexGrow(1);
        history.setAllRowsVisible(true);
        history.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        history.setAriaLabel(getTranslation("consultation.series.history"));
        history.setVisible(false);
        historyTitle.setVisible(false);
        noHistory.setVisible(false);
        add(new H2(getTranslation("consultation.series.title")),
                new Paragraph(getTranslation("consultation.series.intro")), series, historyTitle, noHistory, history);
        refresh();
    }

    void refresh() {
        SeriesSummary selected = series.asSingleSelect().getValue();
        series.setItems(service.series());
        if (selected != null) {
            service.series().stream().filter(s -> s.id() == selected.id()).findFirst()
                    .ifPresent(s -> series.asSingleSelect().setValue(s));
            showHistory(series.asSingleSelect().getValue());
        }
    }

    /** What the change did to sessions and bookings, and to the waiting lists when they were counted here. */
    private String effect(SeriesChangeRecord r) {
        String effect = getTranslation("consultation.series.history-effect", r.sessionsChanged(), r.sessionsAdded(),
                r.sessionsRemoved(), r.bookingsMoved(), r.bookingsCancelled());
        if (r.waitingMoved() == null || r.waitingEnded() == null || r.waitingGivenPlace() == null) {
            return effect; // a change from before the waiting lists were counted here (see its audit line)
        }
        return effect + "; " + getTranslation("consultation.series.history-waiting", r.waitingMoved(),
                r.waitingEnded(), r.waitingGivenPlace());
    }

    private String what(SeriesChangeRecord r) {
        return getTranslation("consultation.series.history-row", ConsultationFormats.date(r.fromDate(), getLocale()),
                ConsultationFormats.date(r.lastDateBefore(), getLocale()),
                ConsultationFormats.date(r.lastDateAfter(), getLocale()),
                ConsultationFormats.time(r.startBefore(), getLocale()) + "–"
                        + ConsultationFormats.time(r.endBefore(), getLocale()),
                ConsultationFormats.time(r.startAfter(), getLocale()) + "–"
                        + ConsultationFormats.time(r.endAfter(), getLocale()),
                r.placesBefore(), r.placesAfter());
    }

    private void showHistory(@Nullable SeriesSummary s) {
        boolean shown = s != null;
        historyTitle.setVisible(shown);
        history.setVisible(false);
        noHistory.setVisible(false);
        if (!shown) {
            return;
        }
        historyTitle.setText(getTranslation("consultation.series.history") + ": " + s.locationName() + ", "
                + s.weekday().getDisplayName(TextStyle.FULL, getLocale()));
        var changes = service.seriesHistory(s.id());
        history.setItems(changes);
        history.setVisible(!changes.isEmpty());
        noHistory.setText(getTranslation("consultation.series.history-none"));
        noHistory.setVisible(changes.isEmpty());
    }

    private void change(SeriesSummary s) {
        series.asSingleSelect().setValue(s);
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("consultation.series.change-title"));
        DatePicker from = LocalisedPickers.localise(new DatePicker(getTranslation("consultation.series.from-date")));
        from.setValue(LocalDate.now(clock).plusDays(1));
        from.setRequiredIndicatorVisible(true);
        DatePicker last = LocalisedPickers.localise(new DatePicker(getTranslation("consultation.last-date")));
        last.setValue(s.lastDate());
        last.setRequiredIndicatorVisible(true);
        TimePicker start = LocalisedPickers.localise(new TimePicker(getTranslation("consultation.start")));
        start.setValue(s.start());
        start.setStep(java.time.Duration.ofMinutes(s.slotMinutes()));
        TimePicker end = LocalisedPickers.localise(new TimePicker(getTranslation("consultation.end")));
        end.setValue(s.end());
        end.setStep(java.time.Duration.ofMinutes(s.slotMinutes()));
        IntegerField places = new IntegerField(getTranslation("consultation.places-per-slot"));
        places.setValue(s.placesPerSlot());
        places.setMin(1);
        places.setMax(NewSeries.MAX_PLACES);
        places.setStepButtonsVisible(true);
        dialog.add(new Paragraph(getTranslation("consultation.series.change-help")),
                new FormLayout(from, last, start, end, places));
        Supplier<SeriesChange> entered = () -> {
            if (from.getValue() == null || last.getValue() == null || start.getValue() == null
                    || end.getValue() == null || places.getValue() == null) {
                throw new Refusal("consultation.series.error.required");
            }
            return new SeriesChange(from.getValue(), last.getValue(), start.getValue(), end.getValue(),
                    places.getValue());
        };
        Button preview = new Button(getTranslation("consultation.series.preview"), e -> refusing(() -> {
            SeriesChange change = entered.get();
            confirm(s, change, service.previewSeriesChange(s.id(), change), dialog);
        }));
        preview.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), preview);
        dialog.open();
    }

    /** The preview, built from components, with the confirm button that carries out the change. */
    private void confirm(SeriesSummary s, SeriesChange change, SeriesChangePreview p, Dialog form) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("consultation.series.preview-title"));
        UnorderedList effects = new UnorderedList(
                new ListItem(getTranslation("consultation.series.preview-sessions-changed", p.sessionsChanged())),
                new ListItem(getTranslation("consultation.series.preview-sessions-added", p.sessionsAdded())),
                new ListItem(getTranslation("consultation.series.preview-sessions-removed", p.sessionsRemoved())),
                new ListItem(getTranslation("consultation.series.preview-bookings-moved", p.bookingsMoved())),
                new ListItem(getTranslation("consultation.series.preview-bookings-cancelled", p.bookingsCancelled())),
                new ListItem(getTranslation("consultation.series.preview-waiting-moved", p.waitingMoved())),
                new ListItem(getTranslation("consultation.series.preview-waiting-ended", p.waitingEnded())),
                new ListItem(getTranslation("consultation.series.preview-waiting-given", p.waitingGivenPlace())));
        effects.addClassName("series-change-effects");
        dialog.add(effects);
        if (!p.callersToPhone().isEmpty()) {
            UnorderedList callers = new UnorderedList();
            callers.addClassName("series-change-callers");
            for (SeriesChangePreview.CallerToPhone c : p.callersToPhone()) {
                String when = ConsultationFormats.date(c.date(), getLocale());
                String old = ConsultationFormats.time(c.oldStart(), getLocale());
                callers.add(new ListItem(c.newStart() == null
                        ? getTranslation("consultation.series.caller-cancelled", when, old, c.bookingCode())
                        : getTranslation("consultation.series.caller-moved", when, old, c.bookingCode(),
                                ConsultationFormats.time(c.newStart(), getLocale()))));
            }
            dialog.add(new Paragraph(getTranslation("consultation.series.preview-callers")), callers);
        }
        Button ok = new Button(getTranslation("consultation.series.confirm"), e -> refusing(() -> {
            SeriesChangePreview done = service.changeSeries(s.id(), change);
            // the series' row is drawn anew, so the button that opened the dialogs is gone when they have closed
            // and the browser would put the keyboard back on the page's start: put it on the new button instead
            form.addClosedListener(closed -> {
                Button again = changeButtons.get(s.id());
                if (again != null && again.isAttached()) {
                    again.focus();
                }
            });
            dialog.close();
            form.close();
            Notification.show(getTranslation("consultation.series.changed", done.bookingsMoved(),
                    done.bookingsCancelled()), 6000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            afterChange.run();
            refresh();
        }));
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("consultation.series.back"), e -> dialog.close()), ok);
        dialog.open();
    }

    private void refusing(Runnable action) {
        try {
            action.run();
        } catch (Refusal r) {
            if (FieldRefusals.showOnField(this, r)) {
                return;
            }
            Notification.show(getTranslation(r.messageKey(), r.arguments()), 8000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }
}
