package nl.erkenningsportaal.consultation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Duration;
import java.time.LocalTime;
import java.util.Locale;
import nl.erkenningsportaal.consultation.BookingStatus;
import nl.erkenningsportaal.consultation.DayBooking;
import nl.erkenningsportaal.consultation.DaySlot;
import nl.erkenningsportaal.consultation.DayView;
import nl.erkenningsportaal.consultation.GgdConsultationService;
import nl.erkenningsportaal.consultation.Location;
import nl.erkenningsportaal.consultation.NewSeries;
import nl.erkenningsportaal.platform.LocalisedPickers;
import nl.erkenningsportaal.platform.Refusal;
import nl.erkenningsportaal.platform.Roles;

/**
 * The day of a session: per slot the bookings by booking code (never a name or recognition number), the work name if given,
 * language, interpreter wish and reason; attended or no-show; walk-ins; capacity; cancel with a message.
 */
@Route("ggd/sessie")
@RolesAllowed(Roles.GGD)
public class GgdDayView extends Main implements HasUrlParameter<Long>, HasDynamicTitle {

    private final transient GgdConsultationService service;
    private long sessionId;

    GgdDayView(GgdConsultationService service) {
        this.service = service;
        addClassName("portal-page");
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        sessionId = id;
        try {
            render(service.day(id));
        } catch (Refusal r) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    private void render(DayView day) {
        removeAll();
        var s = day.session();
        add(new H1(getTranslation("consultation.day.title", ConsultationFormats.date(s.date(), getLocale()))),
                new Paragraph(s.locationName() + ", " + s.locationAddress() + " — "
                        + ConsultationFormats.time(s.start(), getLocale()) + "–"
                        + ConsultationFormats.time(s.end(), getLocale())));
        if (s.cancelled()) {
            add(new Paragraph(getTranslation("consultation.cancelled") + ": " + s.cancelMessage()));
        }
        Span walkIns = new Span(getTranslation("consultation.walk-ins", s.walkIns()));
        Button plus = new Button("+1", e -> act(() -> service.countWalkIn(sessionId, 1)));
        plus.setAriaLabel(getTranslation("consultation.walk-in-add"));
        Button minus = new Button("−1", e -> act(() -> service.countWalkIn(sessionId, -1)));
        minus.setAriaLabel(getTranslation("consultation.walk-in-remove"));
        Button cancel = new Button(getTranslation("consultation.cancel-session"), e -> cancelSession());
        cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
        cancel.setEnabled(!s.cancelled());
        Button times = new Button(getTranslation("consultation.change-times"), e -> changeTimes(s.start(), s.end()));
        times.setEnabled(!s.cancelled());
        HorizontalLayout tools = new HorizontalLayout(walkIns, plus, minus, times, cancel);
        tools.setWrap(true);
        tools.setAlignItems(HorizontalLayout.Alignment.CENTER);
        add(tools);
        for (DaySlot slot : day.slots()) {
            add(slotSection(slot));
        }
    }

    private Component slotSection(DaySlot slot) {
        Locale locale = getLocale();
        Grid<DayBooking> grid = new Grid<>();
        grid.addColumn(DayBooking::reference).setHeader(getTranslation("consultation.reference")).setAutoWidth(true);
        grid.addColumn(b -> b.workName() == null ? "" : b.workName()).setHeader(getTranslation("consultation.work-name"));
        grid.addColumn(b -> Locale.of(b.language()).getDisplayLanguage(locale) + (b.interpreter()
                ? " (" + getTranslation("consultation.interpreter") + ")" : ""))
                .setHeader(getTranslation("consultation.language"));
        grid.addColumn(b -> b.reason() == null ? "" : getTranslation("consultation.reason." + b.reason()))
                .setHeader(getTranslation("consultation.reason"));
        grid.addColumn(b -> getTranslation("consultation.status." + b.status()))
                .setHeader(getTranslation("consultation.status"));
        grid.addComponentColumn(b -> {
            Button came = new Button(getTranslation("consultation.attended"),
                    e -> act(() -> service.markAttendance(b.id(), BookingStatus.ATTENDED)));
            came.setAriaLabel(getTranslation("consultation.attended") + " " + b.reference());
            Button noShow = new Button(getTranslation("consultation.no-show"),
                    e -> act(() -> service.markAttendance(b.id(), BookingStatus.NO_SHOW)));
            noShow.setAriaLabel(getTranslation("consultation.no-show") + " " + b.reference());
            came.addThemeVariants(ButtonVariant.LUMO_SMALL);
            noShow.addThemeVariants(ButtonVariant.LUMO_SMALL);
            return new HorizontalLayout(came, noShow);
        }).setHeader(getTranslation("consultation.actions")).setKey("actions");
        grid.setItems(slot.bookings());
        grid.setAllRowsVisible(true);
        String title = ConsultationFormats.time(slot.slot().start(), locale) + "–"
                + ConsultationFormats.time(slot.slot().end(), locale);
        grid.setAriaLabel(title);
        IntegerField capacity = new IntegerField(getTranslation("consultation.capacity"));
        capacity.setValue(slot.slot().capacity());
        capacity.setMin(1);
        capacity.setMax(NewSeries.MAX_PLACES);
        capacity.setAriaLabel(getTranslation("consultation.capacity") + " " + title);
        Button save = new Button(getTranslation("action.save"), e -> act(() -> service.changeCapacity(slot.slot().id(),
                capacity.getValue() == null ? 0 : capacity.getValue())));
        HorizontalLayout cap = new HorizontalLayout(capacity, save);
        cap.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        return new Section(new H2(title + " — " + getTranslation("consultation.places-booked", slot.slot().booked(),
                slot.slot().capacity()) + (slot.waiting() > 0 ? " — " + getTranslation("consultation.waiting",
                slot.waiting()) : "")), cap, grid);
    }

    private void changeTimes(LocalTime currentStart, LocalTime currentEnd) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("consultation.change-times"));
        TimePicker start = LocalisedPickers.localise(new TimePicker(getTranslation("consultation.start-time"), currentStart));
        TimePicker end = LocalisedPickers.localise(new TimePicker(getTranslation("consultation.end-time"), currentEnd));
        for (TimePicker picker : new TimePicker[] {start, end}) {
            picker.setStep(Duration.ofMinutes(5));
            picker.setLocale(getLocale());
        }
        dialog.add(new Paragraph(getTranslation("consultation.change-times-explain")), new HorizontalLayout(start, end));
        Button confirm = new Button(getTranslation("action.save"), e -> {
            if (start.getValue() == null || end.getValue() == null) {
                Notification.show(getTranslation("consultation.error.required"), 6000, Notification.Position.TOP_CENTER)
                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
                return;
            }
            if (act(() -> service.changeTimes(sessionId, start.getValue(), end.getValue()))) {
                dialog.close();
                Notification.show(getTranslation("consultation.times-changed"), 3000, Notification.Position.TOP_CENTER)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), confirm);
        dialog.open();
    }

    private void cancelSession() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("consultation.cancel-session"));
        TextArea message = new TextArea(getTranslation("consultation.cancel-message"));
        message.setMaxLength(Location.NOTES_MAX);
        message.setWidthFull();
        dialog.add(new Paragraph(getTranslation("consultation.cancel-explain")), message);
        Button confirm = new Button(getTranslation("consultation.cancel-session"), e -> {
            if (act(() -> service.cancelSession(sessionId, message.getValue()))) {
                dialog.close();
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), confirm);
        dialog.open();
    }

    private boolean act(Runnable action) {
        try {
            action.run();
            render(service.day(sessionId));
            return true;
        } catch (Refusal r) {
            Notification.show(getTranslation(r.messageKey(), r.arguments()), 6000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
            return false;
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("consultation.sessions") + " | " + getTranslation("app.name");
    }
}
