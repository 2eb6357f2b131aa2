package nl.erkenningsportaal.recognition.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import nl.erkenningsportaal.account.NewStaffAccount;
import nl.erkenningsportaal.account.PasswordPolicy;
import nl.erkenningsportaal.platform.Refusal;
import nl.erkenningsportaal.recognition.SignUp;
import nl.erkenningsportaal.recognition.WorkerRecognitionService;

/**
 * A worker creates an account: a user name and a password, no e-mail needed, and explicit consent to the privacy
 * statement (its version is recorded).
 */
@Route("registreren")
@AnonymousAllowed
public class SignUpView extends Main implements HasDynamicTitle {

    SignUpView(WorkerRecognitionService service) {
        addClassName("portal-page");
        TextField username = new TextField(getTranslation("recognition.signup.username"));
        username.setHelperText(getTranslation("recognition.signup.username-help"));
        PasswordField password = new PasswordField(getTranslation("login.password"));
        password.setHelperText(getTranslation("password.rule", PasswordPolicy.MIN_LENGTH, PasswordPolicy.MAX_LENGTH));
        password.setMaxLength(PasswordPolicy.MAX_LENGTH);
        PasswordField repeat = new PasswordField(getTranslation("password.repeat"));
        repeat.setMaxLength(PasswordPolicy.MAX_LENGTH);
        int statementVersion = service.privacyStatementVersion();
        Checkbox consent = new Checkbox(getTranslation("recognition.signup.consent",
                statementVersion));
        Anchor privacy = new Anchor("privacy", getTranslation("recognition.signup.read-privacy"));
        privacy.setTarget("_blank");

        FieldErrors errors = new FieldErrors(this)
                .on(username, "error.username-invalid", "error.username-taken")
                .on(password, "error.password-length", "security.error.password-common")
                .on(consent, "recognition.error.consent");
        // not cut at its limit as she types: a name too long is refused, on the field (issue 23); after
        // FieldErrors, whose listener clears the field's error on every change
        username.addValueChangeListener(e -> {
            if (e.getValue().strip().length() > NewStaffAccount.USERNAME_MAX) {
                username.setErrorMessage(getTranslation("error.username-invalid", NewStaffAccount.USERNAME_MIN,
                        NewStaffAccount.USERNAME_MAX));
                username.setInvalid(true);
            }
        });
        Button create = new Button(getTranslation("recognition.signup.create"), e -> {
            if (!password.getValue().equals(repeat.getValue())) {
                repeat.setErrorMessage(getTranslation("password.mismatch"));
                repeat.setInvalid(true);
                return;
            }
            repeat.setInvalid(false);
            try {
                service.signUp(new SignUp(username.getValue(), password.getValue(), consent.getValue(),
                        statementVersion));
                Refusals.done(this, "recognition.signup.done");
                getUI().ifPresent(ui -> ui.navigate("login"));
            } catch (Refusal r) {
                errors.show(r);
            }
        });
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        FormLayout form = new FormLayout(username, password, repeat, privacy, consent, create);
        form.setMaxWidth("36rem");
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(new H1(getTranslation("recognition.signup.title")),
                new Paragraph(getTranslation("recognition.signup.intro")), form,
                new Paragraph(getTranslation("recognition.signup.door-code")),
                new Anchor("activeren", getTranslation("recognition.activate.title")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("recognition.signup.title") + " | " + getTranslation("app.name");
    }
}
