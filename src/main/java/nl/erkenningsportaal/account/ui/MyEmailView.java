package nl.erkenningsportaal.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.data.validator.EmailValidator;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.erkenningsportaal.account.AccountContacts;
import nl.erkenningsportaal.account.EmailAddressService;
import nl.erkenningsportaal.account.OwnEmail;
import nl.erkenningsportaal.platform.Refusal;
import nl.erkenningsportaal.platform.Roles;

/**
 * A worker sets, changes or removes the e-mail address for notifications. A new address gets a confirmation link;
 * until it is confirmed, messages arrive in the portal only.
 */
@Route("mijn-e-mail")
@Menu(title = "notification.email.nav", order = 21)
@RolesAllowed(Roles.WORKER)
public class MyEmailView extends Main implements HasDynamicTitle {

    public record Form(String email) {}

    private final transient EmailAddressService emails;
    private final Paragraph status = new Paragraph();
    private final EmailField email = new EmailField();

    MyEmailView(EmailAddressService emails, AccountContacts contacts) {
        this.emails = emails;
        addClassName("portal-page");
        contacts.rememberOwnLanguage(getLocale());
        email.setLabel(getTranslation("notification.email.address"));
        email.setHelperText(getTranslation("notification.email.help"));
        email.setMaxLength(OwnEmail.MAX_LENGTH);
        email.setWidthFull();
        email.setMaxWidth("24rem");
        status.addClassName("portal-email-status");

        Binder<Form> binder = new Binder<>(Form.class);
        binder.forField(email).asRequired(getTranslation("validation.required"))
                .withValidator(new EmailValidator(getTranslation("notification.email.invalid")))
                .bind("email");
        Button save = new Button(getTranslation("notification.email.save"), e -> {
            try {
                Form form = binder.writeRecord();
                emails.changeMyEmail(form.email());
                notify("notification.email.sent", NotificationVariant.LUMO_SUCCESS);
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
            emails.changeMyEmail(null);
            email.clear();
            notify("notification.email.removed", NotificationVariant.LUMO_SUCCESS);
            refresh();
        });
        add(new H1(getTranslation("notification.email.title")), new Paragraph(getTranslation("notification.email.intro")),
                status, email, new HorizontalLayout(save, remove));
        refresh();
    }

    private void refresh() {
        OwnEmail own = emails.myEmail();
        if (own.email() == null) {
            status.setText(getTranslation("notification.email.none"));
        } else {
            email.setValue(own.email());
            status.setText(getTranslation(own.confirmed() ? "notification.email.confirmed"
                    : "notification.email.unconfirmed", own.email()));
        }
    }

    private void notify(String key, NotificationVariant variant) {
        Notification.show(getTranslation(key), 5000, Notification.Position.TOP_CENTER).addThemeVariants(variant);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notification.email.title") + " | " + getTranslation("app.name");
    }
}
