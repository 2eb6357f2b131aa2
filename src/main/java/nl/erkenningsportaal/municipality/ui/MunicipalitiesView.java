package nl.erkenningsportaal.municipality.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import nl.erkenningsportaal.municipality.Municipality;
import nl.erkenningsportaal.municipality.MunicipalityService;
import nl.erkenningsportaal.municipality.MunicipalitySettings;
import nl.erkenningsportaal.municipality.ParticipationImpact;
import nl.erkenningsportaal.municipality.RetentionSettings;
import nl.erkenningsportaal.municipality.SettingChange;
import nl.erkenningsportaal.platform.FieldRefusals;
import nl.erkenningsportaal.platform.GridHeaders;
import nl.erkenningsportaal.platform.Refusal;
import nl.erkenningsportaal.platform.Roles;
import org.jspecify.annotations.Nullable;

/**
 * Administrators edit each municipality's settings (validity, reminder lead time, sender name), see their history,
 * and let it join or leave the regional policy after seeing what that means in real counts; a municipal
 * administrator sees and acts on only her own municipality (the service enforces it). Retention terms have their own
 * screen ({@link RetentionSettingsView}).
 */
@Route("beheer/gemeenten")
@Menu(title = "nav.municipalities", order = 81)
@RolesAllowed({Roles.ADMIN, Roles.MUNICIPAL_ADMIN})
public class MunicipalitiesView extends Main implements HasDynamicTitle {

    private final transient MunicipalityService municipalities;
    private final Grid<Municipality> grid = new Grid<>();
    private final Binder<MunicipalitySettings> binder = new Binder<>(MunicipalitySettings.class);
    private final H2 editing = new H2();
    private final Section details = new Section();
    private final Paragraph participation = new Paragraph();
    private final Button join = new Button();
    private final Button leave = new Button();
    private final Grid<SettingChange> history = new Grid<>();
    private final Paragraph noHistory = new Paragraph();
    private final DateTimeFormatter when;
    private @Nullable Municipality selected;

    MunicipalitiesView(MunicipalityService municipalities, Clock clock) {
        this.municipalities = municipalities;
        this.when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale())
                .withZone(clock.getZone());
        addClassName("portal-page");

        grid.addColumn(Municipality::name).setHeader(getTranslation("municipality.name")).setAutoWidth(true);
        grid.addColumn(m -> getTranslation(m.participating() ? "action.yes" : "action.no"))
                .setHeader(GridHeaders.wrapping(getTranslation("municipality.participating")));
        grid.addColumn(m -> m.settings().recognitionValidityMonths())
                .setHeader(GridHeaders.wrapping(getTranslation("municipality.validity")));
        grid.addColumn(m -> m.settings().reminderDaysBefore())
                .setHeader(GridHeaders.wrapping(getTranslation("municipality.reminder")));
        grid.addColumn(m -> m.settings().mailSenderName())
                .setHeader(GridHeaders.wrapping(getTranslation("municipality.sender")));
        grid.setAllRowsVisible(true);
        grid.setId("municipalities");
        grid.setAriaLabel(getTranslation("municipality.title"));
        grid.asSingleSelect().addValueChangeListener(e -> edit(e.getValue()));

        IntegerField validity = new IntegerField(getTranslation(MunicipalityService.VALIDITY_FIELD));
        validity.setMin(1);
        validity.setMax(MunicipalitySettings.MAX_MONTHS);
        validity.setStepButtonsVisible(true);
        validity.setHelperText(getTranslation("municipality.validity.help"));
        IntegerField reminder = new IntegerField(getTranslation(MunicipalityService.REMINDER_FIELD));
        reminder.setMin(1);
        reminder.setStepButtonsVisible(true);
        reminder.setHelperText(getTranslation("municipality.reminder.help"));
        TextField sender = new TextField(getTranslation(MunicipalityService.SENDER_FIELD));
        sender.setMaxLength(MunicipalitySettings.SENDER_NAME_MAX);

        binder.forField(validity).asRequired(getTranslation("validation.required"))
                .withValidator(v -> v >= 1 && v <= MunicipalitySettings.MAX_MONTHS, getTranslation(
                        "municipality.error.number-range", getTranslation(MunicipalityService.VALIDITY_FIELD), 1,
                        MunicipalitySettings.MAX_MONTHS))
                .bind("recognitionValidityMonths");
        binder.forField(reminder).asRequired(getTranslation("validation.required"))
                .withValidator(v -> v >= 1, getTranslation("municipality.error.number-range",
                        getTranslation(MunicipalityService.REMINDER_FIELD), 1,
                        MunicipalitySettings.maxReminderDays(MunicipalitySettings.MAX_MONTHS)))
                .bind("reminderDaysBefore");
        binder.forField(sender).asRequired(getTranslation("validation.required")).bind("mailSenderName");

        Button save = new Button(getTranslation("action.save"), e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(validity, reminder, sender, save);

        join.setText(getTranslation("municipality.join"));
        join.addClickListener(e -> confirm(true));
        leave.setText(getTranslation("municipality.leave"));
        leave.addThemeVariants(ButtonVariant.LUMO_ERROR);
        leave.addClickListener(e -> confirm(false));

        history.addColumn(c -> when.format(c.changedAt())).setHeader(getTranslation("municipality.history.when"))
                .setAutoWidth(true);
        history.addColumn(c -> getTranslation("municipality.history.setting." + c.setting()))
                .setHeader(getTranslation("municipality.history.setting"));
        history.addColumn(c -> value(c, c.oldValue()) + " → " + value(c, c.newValue()))
                .setHeader(getTranslation("municipality.history.change"));
        history.addColumn(c -> c.changedBy() == null ? getTranslation("municipality.history.erased")
                : getTranslation("municipality.history.staff", c.changedBy()))
                .setHeader(getTranslation("municipality.history.by"));
        history.setAllRowsVisible(true);
        history.setId("municipality-history");
        history.setAriaLabel(getTranslation("municipality.history"));
        noHistory.setText(getTranslation("municipality.history.empty"));

        details.add(editing, new H3(getTranslation("municipality.participation")), participation, join, leave,
                new H3(getTranslation("municipality.settings")), form, new H3(getTranslation("municipality.history")),
                noHistory, history);
        details.addClassName("portal-section");
        details.setVisible(false);

        add(new H1(getTranslation("municipality.title")), new Paragraph(getTranslation("municipality.intro")),
                grid, details);
        grid.setItems(municipalities.manageable());
    }

    private String value(SettingChange c, String raw) {
        return SettingChange.PARTICIPATING.equals(c.setting())
                ? getTranslation(Boolean.parseBoolean(raw) ? "action.yes" : "action.no") : raw;
    }

    private void edit(@Nullable Municipality m) {
        selected = m;
        details.setVisible(m != null);
        if (m != null) {
            editing.setText(getTranslation("municipality.edit", m.name()));
            binder.readBean(m.settings());
            showParticipation(m);
            showHistory(m);
        }
    }

    private void showParticipation(Municipality m) {
        participation.setText(getTranslation(m.participating() ? "municipality.participation.yes"
                : "municipality.participation.no", m.name()));
        join.setVisible(!m.participating());
        leave.setVisible(m.participating());
    }

    private void showHistory(Municipality m) {
        var changes = municipalities.settingsHistory(m.id());
        history.setItems(changes);
        history.setVisible(!changes.isEmpty());
        noHistory.setVisible(changes.isEmpty());
    }

    /** What joining or leaving means for this municipality, with its real counts, before anything changes. */
    private void confirm(boolean joining) {
        Municipality m = selected;
        if (m == null) {
            return;
        }
        ParticipationImpact impact = municipalities.participationImpact(m.id());
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation(joining ? "municipality.join.title" : "municipality.leave.title",
                m.name()));
        UnorderedList meaning = new UnorderedList();
        if (joining) {
            meaning.add(new ListItem(getTranslation("municipality.join.postcodes", impact.postcodeAreas())),
                    new ListItem(getTranslation("municipality.join.officers")),
                    new ListItem(getTranslation("municipality.join.pages", m.name())));
        } else {
            RetentionSettings r = m.retention();
            meaning.add(new ListItem(getTranslation("municipality.leave.postcodes", impact.postcodeAreas())),
                    new ListItem(impact.activeRecognitions() == 0 || impact.lastValidUntil() == null
                            ? getTranslation("municipality.leave.active-none")
                            : getTranslation("municipality.leave.active", impact.activeRecognitions(),
                                    impact.lastValidUntil().toString())),
                    new ListItem(getTranslation("municipality.leave.open", impact.openRequests())),
                    new ListItem(getTranslation("municipality.leave.kept", r.endedYears(), r.declinedMonths(),
                            r.bookingsMonths(), r.visitsMonths())));
        }
        dialog.add(new Paragraph(getTranslation(joining ? "municipality.join.intro" : "municipality.leave.intro")),
                meaning);
        Button cancel = new Button(getTranslation("action.cancel"), e -> dialog.close());
        Button ok = new Button(getTranslation(joining ? "municipality.confirm-join" : "municipality.confirm-leave"),
                e -> {
                    // the button that opened the dialog is hidden once the change is made, so the browser cannot
                    // give the keyboard back to it: it goes to the button shown now (the one that undoes it)
                    dialog.addClosedListener(closed -> (leave.isVisible() ? leave : join).focus());
                    dialog.close();
                    participate(m, joining);
                });
        ok.addThemeVariants(joining ? ButtonVariant.LUMO_PRIMARY : ButtonVariant.LUMO_ERROR);
        dialog.getFooter().add(cancel, ok);
        add(dialog);
        dialog.open();
        cancel.focus();
    }

    private void participate(Municipality m, boolean joining) {
        try {
            Municipality now = joining ? municipalities.join(m.id()) : municipalities.leave(m.id());
            success(joining ? "municipality.joined" : "municipality.left");
            refresh(now);
        } catch (Refusal r) {
            error(r);
        }
    }

    private void save() {
        Municipality m = selected;
        if (m == null) {
            return;
        }
        try {
            MunicipalitySettings settings = binder.writeRecord();
            Municipality now = municipalities.updateSettings(m.id(), settings);
            success("municipality.saved");
            refresh(now);
        } catch (ValidationException ignored) {
            // shown at the fields
        } catch (Refusal r) {
            // a refusal that names a field (validity, lead time, sender name) is shown on that field
            if (!FieldRefusals.showOnField(this, r)) {
                error(r);
            }
        }
    }

    private void refresh(Municipality now) {
        grid.setItems(municipalities.manageable());
        grid.select(now);
    }

    private void success(String key) {
        Notification.show(getTranslation(key), 4000, Notification.Position.TOP_CENTER)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    private void error(Refusal r) {
        Notification.show(getTranslation(r.messageKey(), r.arguments()), 5000, Notification.Position.TOP_CENTER)
                .addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("municipality.title") + " | " + getTranslation("app.name");
    }
}
