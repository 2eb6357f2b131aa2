package nl.erkenningsportaal.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import nl.erkenningsportaal.account.OwnEmail;
import nl.erkenningsportaal.account.PasswordResetService;

/**
 * Forgot the password: a worker with a confirmed address gets a link. Everyone sees the same answer, so the page
 * never tells whether an address belongs to an account. Staff ask their administrator.
 */
@Route("wachtwoord-vergeten")
@AnonymousAllowed
public class ForgotPasswordView extends Main implements HasDynamicTitle {

    public record Form(String email) {}

    ForgotPasswordView(PasswordResetService resets) {
        addClassName("portal-page");
        EmailField email = new EmailField(getTranslation("notification.email.address"));
        email.setMaxLength(OwnEmail.MAX_LENGTH);
        email.setWidthFull();
        email.setMaxWidth("24rem");
        Paragraph answer = new Paragraph();
        answer.addClassName("portal-reset-answer");
        Binder<Form> binder = new Binder<>(Form.class);
        binder.forField(email).asRequired(getTranslation("validation.required")).bind("email");
        Button send = new Button(getTranslation("notification.forgot.send"), e -> {
            try {
                resets.requestReset(binder.writeRecord().email());
                answer.setText(getTranslation("notification.forgot.answer"));
            } catch (ValidationException ignored) {
                // shown at the field
            }
        });
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H1(getTranslation("notification.forgot.title")),
                new Paragraph(getTranslation("notification.forgot.intro")), email, send, answer,
                new Paragraph(getTranslation("notification.forgot.staff")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notification.forgot.title") + " | " + getTranslation("app.name");
    }
}
