package nl.erkenningsportaal.notification.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.data.validator.EmailValidator;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import nl.erkenningsportaal.account.AccountContacts;
import nl.erkenningsportaal.account.OwnEmail;
import nl.erkenningsportaal.platform.Roles;
import nl.erkenningsportaal.notification.AlertDelivery;
import nl.erkenningsportaal.notification.AlertKind;
import nl.erkenningsportaal.notification.StaffAlertService;
import nl.erkenningsportaal.platform.Refusal;

/**
 * How each kind of alert reaches the staff member (a discreet mail at once, one mail a day, or only the notice in the
 * portal) and the work address the mail goes to, confirmed through a link before anything is sent there.
 */
@Route("meldingen/instellingen")
@RolesAllowed({Roles.OFFICER, Roles.GGD, Roles.COORDINATOR})
public class AlertSettingsView extends Main implements HasDynamicTitle {

    public record Form(String email) {}

    private final transient StaffAlertService alerts;
    private final Paragraph status = new Paragraph();
    private final EmailField email = new EmailField();

    AlertSettingsView(StaffAlertService alerts, AccountContacts contacts) {
        this.alerts = alerts;
        addClassName("portal-page");
        contacts.rememberOwnLanguage(getLocale());
        add(new H1(getTranslation("notification.alerts.settings")),
                new RouterLink(getTranslation("notification.alerts.back"), StaffAlertsView.class),
                emailSection(), choicesSection());
        refresh();
    }

    private Section emailSection() {
        email.setLabel(getTranslation("notification.alerts.email.address"));
        email.setHelperText(getTranslation("notification.email.help"));
        email.setMaxLength(OwnEmail.MAX_LENGTH);
        email.setWidthFull();
        email.setMaxWidth("24rem");
        status.addClassName("portal-email-status");
        Binder<Form> binder = new Binder<>(Form.class);
        binder.forField(email).asRequired(getTranslation("validation.required"))
                .withValidator(new EmailValidator(getTranslation("notification.email.invalid"))).bind("email");
        Button save = new Button(getTranslation("notification.email.save"), e -> {
            try {
                alerts.changeMyWorkEmail(binder.writeRecord().email());
                show("notification.email.sent", NotificationVariant.LUMO_SUCCESS);
                refresh();
            } catch (ValidationException ignored) {
                // shown at the field
            } catch (Refusal r) {
                Notification.show(getTranslation(r.messageKey(), r.arguments()), 5000,
                        Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button remove = new Button(getTranslation("notification.email.remove"), e -> {
            alerts.changeMyWorkEmail(null);
            email.clear();
            show("notification.alerts.email.removed", NotificationVariant.LUMO_SUCCESS);
            refresh();
        });
        return new Section(new H2(getTranslation("notification.alerts.email.title")),
                new Paragraph(getTranslation("notification.alerts.email.intro")), status, email,
                new HorizontalLayout(save, remove));
    }

    private Section choicesSection() {
        Section section = new Section(new H2(getTranslation("notification.alerts.choices.title")),
                new Paragraph(getTranslation("notification.alerts.choices.intro")));
        for (Map.Entry<AlertKind, AlertDelivery> choice : alerts.myChoices().entrySet()) {
            AlertKind kind = choice.getKey();
            RadioButtonGroup<AlertDelivery> delivery = new RadioButtonGroup<>(
                    getTranslation("notification.alerts.kind." + kind));
            delivery.setItems(AlertDelivery.values());
            delivery.setItemLabelGenerator(d -> getTranslation("notification.alerts.delivery." + d));
            delivery.setValue(choice.getValue());
            delivery.addClassName("portal-alert-choice");
            if (kind.alwaysAtOnce()) {
                delivery.setReadOnly(true);
                delivery.setHelperText(getTranslation("notification.alerts.always-at-once"));
            }
            delivery.addValueChangeListener(e -> {
                if (e.isFromClient() && e.getValue() != null) {
                    try {
                        alerts.choose(kind, e.getValue());
                        show("notification.alerts.choice-saved", NotificationVariant.LUMO_SUCCESS);
                    } catch (Refusal r) {
                        delivery.setValue(e.getOldValue());
                        Notification.show(getTranslation(r.messageKey(), r.arguments()), 5000,
                                Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.LUMO_ERROR);
                    }
                }
            });
            section.add(delivery);
        }
        return section;
    }

    private void refresh() {
        OwnEmail own = alerts.myWorkEmail();
        if (own.email() == null) {
            status.setText(getTranslation("notification.alerts.email.none"));
        } else {
            email.setValue(own.email());
            status.setText(getTranslation(own.confirmed() ? "notification.email.confirmed"
                    : "notification.email.unconfirmed", own.email()));
        }
    }

    private void show(String key, NotificationVariant variant) {
        Notification.show(getTranslation(key), 5000, Notification.Position.TOP_CENTER).addThemeVariants(variant);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notification.alerts.settings") + " | " + getTranslation("app.name");
    }
}
