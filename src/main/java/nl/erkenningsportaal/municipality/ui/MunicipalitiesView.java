package nl.erkenningsportaal.municipality.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
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
import nl.erkenningsportaal.municipality.Municipality;
import nl.erkenningsportaal.municipality.MunicipalityService;
import nl.erkenningsportaal.municipality.MunicipalitySettings;
import nl.erkenningsportaal.platform.Refusal;
import nl.erkenningsportaal.platform.Roles;
import org.jspecify.annotations.Nullable;

/**
 * Administrators edit each municipality's settings: taking part, validity, sender name; a municipal administrator
 * sees and edits only her own municipality. Retention terms have their own screen ({@link RetentionSettingsView}).
 */
@Route("beheer/gemeenten")
@Menu(title = "nav.municipalities", order = 81)
@RolesAllowed({Roles.ADMIN, Roles.MUNICIPAL_ADMIN})
public class MunicipalitiesView extends Main implements HasDynamicTitle {

    private final transient MunicipalityService municipalities;
    private final Grid<Municipality> grid = new Grid<>();
    private final Binder<MunicipalitySettings> binder = new Binder<>(MunicipalitySettings.class);
    private final H2 editing = new H2();
    private final FormLayout form = new FormLayout();
    private @Nullable Municipality selected;

    MunicipalitiesView(MunicipalityService municipalities) {
        this.municipalities = municipalities;
        addClassName("portal-page");

        grid.addColumn(Municipality::name).setHeader(getTranslation("municipality.name")).setAutoWidth(true);
        grid.addColumn(m -> getTranslation(m.participating() ? "action.yes" : "action.no"))
                .setHeader(getTranslation("municipality.participating"));
        grid.addColumn(m -> m.settings().recognitionValidityMonths())
                .setHeader(getTranslation("municipality.validity"));
        grid.addColumn(m -> m.settings().mailSenderName()).setHeader(getTranslation("municipality.sender"));
        grid.setAllRowsVisible(true);
        grid.setAriaLabel(getTranslation("municipality.title"));
        grid.asSingleSelect().addValueChangeListener(e -> edit(e.getValue()));

        Checkbox participating = new Checkbox(getTranslation("municipality.participating"));
        IntegerField validity = months("municipality.validity", MunicipalitySettings.MAX_MONTHS);
        TextField sender = new TextField(getTranslation("municipality.sender"));
        sender.setMaxLength(MunicipalitySettings.SENDER_NAME_MAX);

        binder.forField(participating).bind("participating");
        bindRange(validity, MunicipalitySettings.MAX_MONTHS, "recognitionValidityMonths");
        binder.forField(sender).asRequired(getTranslation("validation.required")).bind("mailSenderName");

        Button save = new Button(getTranslation("action.save"), e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        form.add(participating, validity, sender, save);
        form.setVisible(false);
        editing.setVisible(false);

        add(new H1(getTranslation("municipality.title")), new Paragraph(getTranslation("municipality.intro")),
                grid, editing, form);
        grid.setItems(municipalities.manageable());
    }

    private IntegerField months(String key, int max) {
        IntegerField f = new IntegerField(getTranslation(key));
        f.setMin(1);
        f.setMax(max);
        f.setStepButtonsVisible(true);
        return f;
    }

    private void bindRange(IntegerField field, int max, String property) {
        binder.forField(field).asRequired(getTranslation("validation.required"))
                .withValidator(v -> v >= 1 && v <= max, getTranslation("error.number-range", 1, max))
                .bind(property);
    }

    private void edit(@Nullable Municipality m) {
        selected = m;
        form.setVisible(m != null);
        editing.setVisible(m != null);
        if (m != null) {
            editing.setText(getTranslation("municipality.edit", m.name()));
            binder.readBean(m.settings());
        }
    }

    private void save() {
        if (selected == null) {
            return;
        }
        try {
            MunicipalitySettings settings = binder.writeRecord();
            municipalities.updateSettings(selected.id(), settings);
            Notification.show(getTranslation("municipality.saved"), 4000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            grid.setItems(municipalities.manageable());
        } catch (ValidationException ignored) {
            // shown at the fields
        } catch (Refusal r) {
            Notification.show(getTranslation(r.messageKey(), r.arguments()), 5000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("municipality.title") + " | " + getTranslation("app.name");
    }
}
