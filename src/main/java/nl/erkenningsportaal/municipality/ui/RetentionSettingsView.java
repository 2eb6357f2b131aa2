package nl.erkenningsportaal.municipality.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import nl.erkenningsportaal.platform.GridHeaders;
import nl.erkenningsportaal.platform.Roles;
import nl.erkenningsportaal.municipality.Municipality;
import nl.erkenningsportaal.municipality.MunicipalityService;
import nl.erkenningsportaal.municipality.RegionRetention;
import nl.erkenningsportaal.municipality.RetentionSettings;
import nl.erkenningsportaal.municipality.TermLimit;
import nl.erkenningsportaal.platform.FieldRefusals;
import nl.erkenningsportaal.platform.Refusal;
import org.jspecify.annotations.Nullable;

/**
 * Administrators set how long the portal keeps personal data: each municipality's own terms, and the region's for
 * signal cases, inbox messages, idle accounts, disabled staff accounts and the audit trail. Every field takes only
 * its {@link TermLimit} (the service checks again, the database too); every change is recorded in the audit trail.
 * The retention jobs and the privacy statement read the terms from here. A municipal administrator sees and edits
 * only her own municipality's terms and reads the region's (the service enforces both).
 */
@Route("beheer/bewaartermijnen")
@Menu(title = "privacy.retention.nav", order = 82)
@RolesAllowed({Roles.ADMIN, Roles.MUNICIPAL_ADMIN})
public class RetentionSettingsView extends Main implements HasDynamicTitle {

    private final transient MunicipalityService municipalities;
    private final Grid<Municipality> grid = new Grid<>();
    private final Binder<RetentionSettings> municipal = new Binder<>(RetentionSettings.class);
    private final Binder<RegionRetention> region = new Binder<>(RegionRetention.class);
    private final H3 editing = new H3();
    private final FormLayout municipalForm = new FormLayout();
    private @Nullable Municipality selected;

    RetentionSettingsView(MunicipalityService municipalities, AuthenticationContext authentication) {
        this.municipalities = municipalities;
        boolean regional = authentication.hasRole(Roles.ADMIN);
        addClassName("portal-page");

        grid.addColumn(Municipality::name).setHeader(getTranslation("municipality.name")).setAutoWidth(true)
                .setFrozen(true);
        for (String term : RetentionSettings.LIMITS.keySet()) {
            grid.addColumn(m -> m.retention().value(term))
                    .setHeader(GridHeaders.wrapping(getTranslation("privacy.retention.short." + term)))
                    .setWidth("7rem").setFlexGrow(1);
        }
        grid.setAllRowsVisible(true);
        grid.setAriaLabel(getTranslation("privacy.retention.municipalities"));
        grid.asSingleSelect().addValueChangeListener(e -> edit(e.getValue()));

        fields(municipal, municipalForm, RetentionSettings.LIMITS);
        Button saveMunicipal = new Button(getTranslation("action.save"), e -> saveMunicipal());
        saveMunicipal.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        municipalForm.add(saveMunicipal);
        municipalForm.setVisible(false);
        editing.setVisible(false);

        FormLayout regionForm = new FormLayout();
        fields(region, regionForm, RegionRetention.LIMITS);
        if (regional) {
            Button saveRegion = new Button(getTranslation("action.save"), e -> saveRegion());
            saveRegion.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            regionForm.add(saveRegion);
        } else {
            // the region's terms are the regional administrator's: a municipal administrator reads them
            region.setReadOnly(true);
        }
        region.readBean(municipalities.regionRetention());

        Section perMunicipality = new Section(new H2(getTranslation("privacy.retention.municipalities")),
                new Paragraph(getTranslation("privacy.retention.municipalities-intro")), grid, editing,
                municipalForm);
        Section perRegion = new Section(new H2(getTranslation("privacy.retention.region")),
                new Paragraph(getTranslation(regional ? "privacy.retention.region-intro"
                        : "privacy.retention.region-read-only")), regionForm);
        perMunicipality.addClassName("portal-section");
        perRegion.addClassName("portal-section");
        add(new H1(getTranslation("privacy.retention.title")),
                new Paragraph(getTranslation("privacy.retention.intro")));
        if (regional) {
            // the processing register is the regional administrator's and the policy maker's page
            add(new Paragraph(new Anchor("beheer/verwerkingsregister", getTranslation("privacy.register.title"))));
        }
        add(perMunicipality, perRegion);
        grid.setItems(municipalities.manageable());
    }

    /** One number field per term, taking only the term's range. */
    private <T> void fields(Binder<T> binder, FormLayout form, Map<String, TermLimit> limits) {
        limits.forEach((term, limit) -> {
            IntegerField field = new IntegerField(getTranslation("privacy.retention.term." + term));
            field.setMin(limit.min());
            field.setMax(limit.max());
            field.setStepButtonsVisible(true);
            field.setHelperText(getTranslation("privacy.retention.range", limit.min(), limit.max()));
            binder.forField(field).asRequired(getTranslation("validation.required"))
                    .withValidator(limit::allows, getTranslation("error.number-range", limit.min(), limit.max()))
                    .bind(term);
            form.add(field);
        });
    }

    private void edit(@Nullable Municipality m) {
        selected = m;
        municipalForm.setVisible(m != null);
        editing.setVisible(m != null);
        if (m != null) {
            editing.setText(getTranslation("privacy.retention.edit", m.name()));
            municipal.readBean(m.retention());
        }
    }

    private void saveMunicipal() {
        Municipality m = selected;
        if (m == null) {
            return;
        }
        try {
            municipalities.updateRetention(m.id(), municipal.writeRecord());
            saved();
            grid.setItems(municipalities.manageable());
        } catch (ValidationException ignored) {
            // shown at the fields
        } catch (Refusal r) {
            refused(r);
        }
    }

    private void saveRegion() {
        try {
            region.readBean(municipalities.updateRegionRetention(region.writeRecord()));
            saved();
        } catch (ValidationException ignored) {
            // shown at the fields
        } catch (Refusal r) {
            refused(r);
        }
    }

    private void saved() {
        Notification.show(getTranslation("privacy.retention.saved"), 4000, Notification.Position.TOP_CENTER)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    private void refused(Refusal r) {
        if (FieldRefusals.showOnField(this, r)) {
            return;
        }
        Notification.show(getTranslation(r.messageKey(), r.arguments()), 5000, Notification.Position.TOP_CENTER)
                .addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("privacy.retention.title") + " | " + getTranslation("app.name");
    }
}
