package nl.erkenningsportaal.consultation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import nl.erkenningsportaal.platform.GridHeaders;
import nl.erkenningsportaal.platform.Roles;
import nl.erkenningsportaal.consultation.BookingRules;
import nl.erkenningsportaal.consultation.GgdConsultationService;
import nl.erkenningsportaal.platform.FieldRefusals;
import nl.erkenningsportaal.platform.Refusal;

/**
 * The GGD's booking rules on a screen: how many coming bookings one worker may hold, until how long before its time
 * a booking can be cancelled or moved, how many weeks ahead, and from when a cancellation alerts the GGD. A change
 * holds for what is done after it (bookings already made stay); a value that makes no sense is refused with a
 * message and changes nothing. The changes so far are listed below, newest first.
 */
@Route("ggd/regels")
@Menu(title = "consultation.rules.nav", order = 31)
@RolesAllowed(Roles.GGD)
public class BookingRulesView extends Main implements HasDynamicTitle {

    private final transient GgdConsultationService ggd;
    private final IntegerField maxBookings = field("consultation.rules.max-bookings", 1, BookingRules.MAX_BOOKINGS);
    private final IntegerField cancelHours = field("consultation.rules.cancel-hours", 0,
            BookingRules.MAX_WEEKS * 7 * 24);
    private final IntegerField weeksAhead = field("consultation.rules.weeks-ahead", 1, BookingRules.MAX_WEEKS);
    private final IntegerField shortNotice = field("consultation.rules.short-notice-hours", 0,
            BookingRules.MAX_SHORT_NOTICE_HOURS);
    private final IntegerField reminderHours = field("consultation.rules.reminder-hours",
            BookingRules.MIN_REMINDER_HOURS, BookingRules.MAX_REMINDER_HOURS);
    private final Grid<BookingRules> history = new Grid<>();

    BookingRulesView(GgdConsultationService ggd, Clock clock) {
        this.ggd = ggd;
        addClassName("portal-page");
        cancelHours.setHelperText(getTranslation("consultation.rules.cancel-hours-help"));
        shortNotice.setHelperText(getTranslation("consultation.rules.short-notice-help"));
        reminderHours.setHelperText(getTranslation("consultation.rules.reminder-help"));
        Button save = new Button(getTranslation("consultation.rules.save"), e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(maxBookings, cancelHours, weeksAhead, shortNotice, reminderHours);
        form.setMaxWidth("40rem");

        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(getLocale()).withZone(clock.getZone());
        history.addColumn(r -> r.changedAt() == null ? "" : format.format(r.changedAt()))
                .setHeader(getTranslation("consultation.rules.changed-at")).setAutoWidth(true);
        history.addColumn(BookingRules::maxFutureBookings)
                .setHeader(GridHeaders.wrapping(getTranslation("consultation.rules.max-bookings")));
        history.addColumn(r -> r.cancelUntilBefore().toHours())
                .setHeader(GridHeaders.wrapping(getTranslation("consultation.rules.cancel-hours")));
        history.addColumn(BookingRules::weeksAhead)
                .setHeader(GridHeaders.wrapping(getTranslation("consultation.rules.weeks-ahead")));
        history.addColumn(r -> r.shortNotice().toHours())
                .setHeader(GridHeaders.wrapping(getTranslation("consultation.rules.short-notice-hours")));
        history.addColumn(r -> r.reminderBefore().toHours())
                .setHeader(GridHeaders.wrapping(getTranslation("consultation.rules.reminder-hours")));
        history.setAllRowsVisible(true);
        history.setAriaLabel(getTranslation("consultation.rules.history"));
        history.setEmptyStateText(getTranslation("grid.empty.history"));

        add(new H1(getTranslation("consultation.rules.title")),
                new Paragraph(getTranslation("consultation.rules.intro")), form, save,
                new Section(new H2(getTranslation("consultation.rules.history")), history));
        refresh();
    }

    private IntegerField field(String key, int min, int max) {
        IntegerField f = new IntegerField(getTranslation(key));
        f.setMin(min);
        f.setMax(max);
        f.setStepButtonsVisible(true);
        f.setRequiredIndicatorVisible(true);
        return f;
    }

    private void save() {
        if (maxBookings.isEmpty() || cancelHours.isEmpty() || weeksAhead.isEmpty() || shortNotice.isEmpty()
                || reminderHours.isEmpty()) {
            error(getTranslation("validation.required"));
            return;
        }
        try {
            ggd.changeBookingRules(BookingRules.of(maxBookings.getValue(), cancelHours.getValue(),
                    weeksAhead.getValue(), shortNotice.getValue(), reminderHours.getValue()));
            Notification.show(getTranslation("consultation.rules.saved"), 5000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            refresh();
        } catch (Refusal r) {
            if (FieldRefusals.showOnField(this, r)) {
                return; // on the field it names
            }
            error(getTranslation(r.messageKey(), r.arguments()));
        }
    }

    private void error(String text) {
        Notification.show(text, 8000, Notification.Position.TOP_CENTER)
                .addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    private void refresh() {
        BookingRules now = ggd.currentRules();
        maxBookings.setValue(now.maxFutureBookings());
        cancelHours.setValue((int) now.cancelUntilBefore().toHours());
        weeksAhead.setValue(now.weeksAhead());
        shortNotice.setValue((int) now.shortNotice().toHours());
        reminderHours.setValue((int) now.reminderBefore().toHours());
        history.setItems(ggd.rulesHistory());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("consultation.rules.title") + " | " + getTranslation("app.name");
    }
}
