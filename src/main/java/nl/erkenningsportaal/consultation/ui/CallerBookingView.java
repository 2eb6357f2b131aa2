package nl.erkenningsportaal.consultation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import nl.erkenningsportaal.platform.Roles;
import nl.erkenningsportaal.consultation.CallerBooking;
import nl.erkenningsportaal.consultation.GgdConsultationService;
import nl.erkenningsportaal.consultation.SessionSummary;
import nl.erkenningsportaal.consultation.SlotView;
import nl.erkenningsportaal.municipality.Municipality;
import nl.erkenningsportaal.municipality.MunicipalityService;
import nl.erkenningsportaal.platform.Refusal;
import org.jspecify.annotations.Nullable;

/**
 * The GGD on the phone: books a place for someone who calls (no account; she gets the booking code read out), and
 * finds a booking by the code she reads out to move or cancel it. Nothing about the caller is written down.
 */
@Route("ggd/telefoon")
@Menu(title = "consultation.caller.nav", order = 30.5)
@RolesAllowed(Roles.GGD)
public class CallerBookingView extends Main implements HasDynamicTitle {

    /** The languages offered first; any ISO language can be booked. */
    static final List<String> LANGUAGES = List.of("nl", "en", "es", "pt", "ro", "bg", "hu", "pl", "th");

    private final transient GgdConsultationService ggd;
    private final transient Clock clock;
    private final Paragraph result = new Paragraph();
    private final Paragraph found = new Paragraph();
    private @Nullable CallerBooking current;

    CallerBookingView(GgdConsultationService ggd, MunicipalityService municipalities, Clock clock) {
        this.ggd = ggd;
        this.clock = clock;
        addClassName("portal-page");
        result.addClassName("portal-caller-code");
        found.addClassName("portal-caller-booking");
        add(new H1(getTranslation("consultation.caller.title")),
                new Paragraph(getTranslation("consultation.caller.intro")), bookSection(municipalities.all()),
                codeSection());
    }

    private Section bookSection(List<Municipality> all) {
        Select<SessionSummary> session = sessions("consultation.caller.session");
        Select<SlotView> slot = slots(session, "consultation.caller.slot");
        ComboBox<Municipality> municipality = new ComboBox<>(getTranslation("consultation.caller.municipality"));
        municipality.setItems(all);
        municipality.setItemLabelGenerator(Municipality::name);
        ComboBox<String> language = new ComboBox<>(getTranslation("consultation.caller.language"));
        language.setItems(LANGUAGES);
        language.setItemLabelGenerator(code -> Locale.of(code).getDisplayLanguage(getLocale()));
        language.setValue("nl");
        Checkbox interpreter = new Checkbox(getTranslation("consultation.caller.interpreter"));
        Button book = new Button(getTranslation("consultation.caller.book"), e -> {
            if (slot.getValue() == null || municipality.getValue() == null || language.getValue() == null) {
                error(getTranslation("validation.required"));
                return;
            }
            try {
                CallerBooking b = ggd.bookForCaller(slot.getValue().id(), municipality.getValue().id(),
                        language.getValue(), interpreter.getValue());
                result.setText(getTranslation("consultation.caller.booked", spaced(b.code()), when(b)));
                slot.setItems(freeSlots(session.getValue()));
            } catch (Refusal r) {
                error(getTranslation(r.messageKey(), r.arguments()));
            }
        });
        book.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(session, slot, municipality, language, interpreter);
        form.setMaxWidth("48rem");
        return new Section(new H2(getTranslation("consultation.caller.book-title")), form, book, result);
    }

    private Section codeSection() {
        TextField code = new TextField(getTranslation("consultation.caller.code"));
        code.setMaxLength(12);
        Select<SessionSummary> session = sessions("consultation.caller.move-session");
        Select<SlotView> slot = slots(session, "consultation.caller.move-slot");
        Button move = new Button(getTranslation("consultation.caller.move"), e -> {
            if (current == null || slot.getValue() == null) {
                error(getTranslation("validation.required"));
                return;
            }
            try {
                show(ggd.moveForCaller(current.code(), slot.getValue().id()));
                notice("consultation.caller.moved");
            } catch (Refusal r) {
                error(getTranslation(r.messageKey(), r.arguments()));
            }
        });
        Button cancel = new Button(getTranslation("consultation.caller.cancel"), e -> {
            if (current == null) {
                return;
            }
            try {
                ggd.cancelForCaller(current.code());
                show(ggd.callerBooking(current.code()).orElse(null));
                notice("consultation.caller.cancelled");
            } catch (Refusal r) {
                error(getTranslation(r.messageKey(), r.arguments()));
            }
        });
        cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
        HorizontalLayout changes = new HorizontalLayout(session, slot, move, cancel);
        changes.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        changes.setWrap(true);
        changes.setVisible(false);
        Button find = new Button(getTranslation("consultation.caller.find"), e -> {
            show(ggd.callerBooking(code.getValue()).orElse(null));
            changes.setVisible(current != null);
        });
        HorizontalLayout lookup = new HorizontalLayout(code, find);
        lookup.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        return new Section(new H2(getTranslation("consultation.caller.code-title")), lookup, found, changes);
    }

    private void show(@Nullable CallerBooking b) {
        current = b;
        found.setText(b == null ? getTranslation("consultation.error.code-unknown")
                : getTranslation("consultation.caller.found", spaced(b.code()), when(b),
                        getTranslation("consultation.status." + b.status()),
                        getTranslation(b.byPhone() ? "consultation.caller.by-phone" : "consultation.caller.by-worker")));
    }

    private Select<SessionSummary> sessions(String labelKey) {
        Select<SessionSummary> session = new Select<>();
        session.setLabel(getTranslation(labelKey));
        LocalDate today = LocalDate.now(clock);
        session.setItems(ggd.sessions(today, today.plusWeeks(ggd.currentRules().weeksAhead())).stream()
                .filter(s -> !s.cancelled()).toList());
        session.setItemLabelGenerator(s -> ConsultationFormats.date(s.date(), getLocale()) + ", "
                + ConsultationFormats.time(s.start(), getLocale()) + " – " + s.locationName());
        return session;
    }

    private Select<SlotView> slots(Select<SessionSummary> session, String labelKey) {
        Select<SlotView> slot = new Select<>();
        slot.setLabel(getTranslation(labelKey));
        slot.setItemLabelGenerator(s -> getTranslation("consultation.caller.slot-free",
                ConsultationFormats.time(s.start(), getLocale()), s.free()));
        session.addValueChangeListener(e -> slot.setItems(freeSlots(e.getValue())));
        return slot;
    }

    private List<SlotView> freeSlots(@Nullable SessionSummary session) {
        return session == null ? List.of() : ggd.day(session.id()).slots().stream().map(d -> d.slot())
                .filter(s -> s.free() > 0).toList();
    }

    private String when(CallerBooking b) {
        return ConsultationFormats.date(b.date(), getLocale()) + ", " + ConsultationFormats.time(b.start(), getLocale())
                + ", " + b.locationName();
    }

    /** The code in two groups of four, as it is read out. */
    static String spaced(String code) {
        return code.length() == 8 ? code.substring(0, 4) + " " + code.substring(4) : code;
    }

    private void notice(String key) {
        Notification.show(getTranslation(key), 4000, Notification.Position.TOP_CENTER)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    private void error(String text) {
        Notification.show(text, 6000, Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("consultation.caller.title") + " | " + getTranslation("app.name");
    }
}
