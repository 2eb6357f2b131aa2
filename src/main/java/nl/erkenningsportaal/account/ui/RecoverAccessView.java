package nl.erkenningsportaal.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import nl.erkenningsportaal.account.PasswordPolicy;
import nl.erkenningsportaal.account.PasswordRecovery;
import nl.erkenningsportaal.platform.Refusal;

/**
 * Recovery without e-mail (issue 19): a worker who forgot her password and has no confirmed e-mail address asks an
 * officer in person for a recovery code, and sets a new password here with it. Afterwards the page tells her user
 * name, which she may have forgotten too. Wrong codes are limited per source address (see {@link PasswordRecovery}).
 */
@Route("toegang-herstellen")
@AnonymousAllowed
public class RecoverAccessView extends Main implements HasDynamicTitle {

    static final String PATH = "toegang-herstellen";

    RecoverAccessView(PasswordRecovery recovery) {
        addClassName("portal-page");
        TextField code = new TextField(getTranslation("recovery.field.code"));
        code.setMaxLength(20);
        code.setHelperText(getTranslation("recovery.field.code-help"));
        code.setRequiredIndicatorVisible(true);
        code.getElement().setAttribute("autocomplete", "one-time-code");
        PasswordField password = new PasswordField(getTranslation("recovery.field.password"));
        password.setMaxLength(PasswordPolicy.MAX_LENGTH);
        password.setHelperText(getTranslation("recovery.field.password-help", PasswordPolicy.MIN_LENGTH));
        password.setRequiredIndicatorVisible(true);
        password.getElement().setAttribute("autocomplete", "new-password");
        PasswordField repeat = new PasswordField(getTranslation("recovery.field.repeat"));
        repeat.setMaxLength(PasswordPolicy.MAX_LENGTH);
        repeat.setRequiredIndicatorVisible(true);
        repeat.getElement().setAttribute("autocomplete", "new-password");

        Button set = new Button(getTranslation("recovery.set"), e -> {
            code.setInvalid(false);
            password.setInvalid(false);
            repeat.setInvalid(false);
            if (!password.getValue().equals(repeat.getValue())) {
                repeat.setErrorMessage(getTranslation("recovery.error.repeat"));
                repeat.setInvalid(true);
                repeat.focus();
                return;
            }
            try {
                String username = recovery.recover(code.getValue(), password.getValue(), source());
                removeAll();
                add(new H1(getTranslation("recovery.done.title")),
                        new Paragraph(getTranslation("recovery.done.text", username)),
                        new Paragraph(new RouterLink(getTranslation("recovery.to-login"), LoginView.class)));
            } catch (Refusal r) {
                String message = getTranslation(r.messageKey(), r.arguments());
                switch (r.messageKey()) {
                    case "recovery.error.code" -> {
                        code.setErrorMessage(message);
                        code.setInvalid(true);
                        code.focus();
                    }
                    case "recovery.error.too-many" -> Notification.show(message, 8000,
                            Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.LUMO_ERROR);
                    default -> {
                        password.setErrorMessage(message);
                        password.setInvalid(true);
                        password.focus();
                    }
                }
            }
        });
        set.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        FormLayout form = new FormLayout(code, password, repeat);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        form.setMaxWidth("24rem");
        add(new H1(getTranslation("recovery.title")), new Paragraph(getTranslation("recovery.intro")), form, set,
                new Paragraph(getTranslation("recovery.staff")));
    }

    private static String source() {
        VaadinRequest request = VaadinRequest.getCurrent();
        return request == null || request.getRemoteAddr() == null ? "unknown" : request.getRemoteAddr();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("recovery.title") + " | " + getTranslation("app.name");
    }
}
