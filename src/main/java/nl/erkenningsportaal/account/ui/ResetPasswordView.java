package nl.erkenningsportaal.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import nl.erkenningsportaal.account.PasswordPolicy;
import nl.erkenningsportaal.account.PasswordResetService;
import nl.erkenningsportaal.platform.Refusal;

/** The page behind the reset link: choose a new password; the link works once and for a limited time. */
@Route("wachtwoord-herstellen")
@AnonymousAllowed
public class ResetPasswordView extends Main implements HasUrlParameter<String>, HasDynamicTitle {

    public record Form(String next, String repeat) {}

    private final transient PasswordResetService resets;
    private final Paragraph invalid = new Paragraph();
    private final VerticalLayout form = new VerticalLayout();
    private String token = "";

    ResetPasswordView(PasswordResetService resets) {
        this.resets = resets;
        addClassName("portal-page");
        PasswordField next = new PasswordField(getTranslation("password.new"));
        next.setHelperText(getTranslation("password.rule", PasswordPolicy.MIN_LENGTH, PasswordPolicy.MAX_LENGTH));
        next.setMaxLength(PasswordPolicy.MAX_LENGTH);
        PasswordField repeat = new PasswordField(getTranslation("password.repeat"));
        repeat.setMaxLength(PasswordPolicy.MAX_LENGTH);
        Binder<Form> binder = new Binder<>(Form.class);
        binder.forField(next).asRequired(getTranslation("validation.required"))
                .withValidator(p -> p.length() >= PasswordPolicy.MIN_LENGTH && p.length() <= PasswordPolicy.MAX_LENGTH,
                        getTranslation("error.password-length", PasswordPolicy.MIN_LENGTH, PasswordPolicy.MAX_LENGTH))
                .bind("next");
        binder.forField(repeat).asRequired(getTranslation("validation.required"))
                .withValidator(p -> p.equals(next.getValue()), getTranslation("password.mismatch"))
                .bind("repeat");
        Button save = new Button(getTranslation("password.save"), e -> {
            try {
                resets.reset(token, binder.writeRecord().next());
                form.removeAll();
                form.add(new Paragraph(getTranslation("notification.reset.done")),
                        new Anchor("login", getTranslation("layout.login")));
            } catch (ValidationException ignored) {
                // shown at the fields
            } catch (Refusal r) {
                Notification.show(getTranslation(r.messageKey(), r.arguments()), 5000,
                        Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        form.add(next, repeat, save);
        form.setPadding(false);
        form.setMaxWidth("28rem");
        invalid.setText(getTranslation("notification.reset.invalid"));
        invalid.setVisible(false);
        add(new H1(getTranslation("notification.reset.title")), invalid, form);
    }

    @Override
    public void setParameter(BeforeEvent event, String token) {
        this.token = token;
        boolean usable = resets.usable(token);
        invalid.setVisible(!usable);
        form.setVisible(usable);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notification.reset.title") + " | " + getTranslation("app.name");
    }
}
