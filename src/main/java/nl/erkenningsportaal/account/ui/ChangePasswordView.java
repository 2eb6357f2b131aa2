package nl.erkenningsportaal.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import nl.erkenningsportaal.account.AccountService;
import nl.erkenningsportaal.account.PasswordPolicy;
import nl.erkenningsportaal.platform.Refusal;

/**
 * Change one's own password; staff must do this after the first login with a one-time password. Afterwards the
 * session ends and the person logs in with the new password.
 */
@Route(ChangePasswordView.PATH)
@Menu(title = "nav.password", order = 90)
@PermitAll
public class ChangePasswordView extends Main implements HasDynamicTitle {

    static final String PATH = "wachtwoord";

    record Form(String current, String next, String repeat) {}

    ChangePasswordView(AccountService accounts, AuthenticationContext authentication) {
        addClassName("portal-page");
        PasswordField current = new PasswordField(getTranslation("password.current"));
        PasswordField next = new PasswordField(getTranslation("password.new"));
        next.setHelperText(getTranslation("password.rule", PasswordPolicy.MIN_LENGTH, PasswordPolicy.MAX_LENGTH));
        next.setMaxLength(PasswordPolicy.MAX_LENGTH);
        PasswordField repeat = new PasswordField(getTranslation("password.repeat"));
        repeat.setMaxLength(PasswordPolicy.MAX_LENGTH);

        Binder<Form> binder = new Binder<>(Form.class);
        binder.forField(current).asRequired(getTranslation("validation.required")).bind("current");
        binder.forField(next).asRequired(getTranslation("validation.required"))
                .withValidator(p -> p.length() >= PasswordPolicy.MIN_LENGTH && p.length() <= PasswordPolicy.MAX_LENGTH,
                        getTranslation("error.password-length", PasswordPolicy.MIN_LENGTH, PasswordPolicy.MAX_LENGTH))
                .bind("next");
        binder.forField(repeat).asRequired(getTranslation("validation.required"))
                .withValidator(p -> p.equals(next.getValue()), getTranslation("password.mismatch"))
                .bind("repeat");

        Button save = new Button(getTranslation("password.save"), e -> {
            try {
                Form form = binder.writeRecord();
                accounts.changeOwnPassword(form.current(), form.next());
                Notification.show(getTranslation("password.changed"), 5000, Notification.Position.TOP_CENTER)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                authentication.logout();
            } catch (ValidationException ignored) {
                // the fields show what is wrong
            } catch (Refusal r) {
                Notification.show(getTranslation(r.messageKey(), r.arguments()), 5000,
                        Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        VerticalLayout fields = new VerticalLayout(current, next, repeat, save);
        fields.setPadding(false);
        fields.setMaxWidth("28rem");
        add(new H1(getTranslation("password.title")), new Paragraph(getTranslation("password.intro")), fields);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("password.title") + " | " + getTranslation("app.name");
    }
}
