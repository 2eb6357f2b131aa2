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
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import nl.erkenningsportaal.account.NewStaffAccount;
import nl.erkenningsportaal.account.PasswordPolicy;
import nl.erkenningsportaal.platform.Refusal;
import nl.erkenningsportaal.recognition.SignUp;
import nl.erkenningsportaal.recognition.WorkerRecognitionService;

/**
 * A worker recognised at the door claims an online account with the one-time code the officer gave, typing her new
 * password twice as at sign-up.
 */
@Route("activeren")
@AnonymousAllowed
public class ActivateView extends Main implements HasDynamicTitle {

    ActivateView(WorkerRecognitionService service) {
        addClassName("portal-page");
        TextField code = new TextField(getTranslation("recognition.activate.code"));
        code.setMaxLength(20);
        code.setHelperText(getTranslation("recognition.activate.code-help"));
        TextField username = new TextField(getTranslation("recognition.signup.username"));
        PasswordField password = new PasswordField(getTranslation("login.password"));
        password.setMaxLength(PasswordPolicy.MAX_LENGTH);
        password.setHelperText(getTranslation("password.rule", PasswordPolicy.MIN_LENGTH, PasswordPolicy.MAX_LENGTH));
        PasswordField repeat = new PasswordField(getTranslation("password.repeat"));
        repeat.setMaxLength(PasswordPolicy.MAX_LENGTH);
        int statementVersion = service.privacyStatementVersion();
        Checkbox consent = new Checkbox(getTranslation("recognition.signup.consent",
                statementVersion));
        Anchor privacy = new Anchor("privacy", getTranslation("recognition.signup.read-privacy"));
        privacy.setTarget("_blank");
        FieldErrors errors = new FieldErrors(this)
                .on(code, "recognition.error.activation-code")
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
        Button claim = new Button(getTranslation("recognition.activate.submit"), e -> {
            // the new password twice, as at sign-up: a typing error would lock her out of the account she just made
            if (!password.getValue().equals(repeat.getValue())) {
                repeat.setErrorMessage(getTranslation("password.mismatch"));
                repeat.setInvalid(true);
                return;
            }
            repeat.setInvalid(false);
            VaadinRequest request = VaadinRequest.getCurrent();
            String source = request == null ? "unknown" : request.getRemoteAddr();
            try {
                service.claimDoorRegistration(code.getValue(), new SignUp(username.getValue(), password.getValue(),
                        consent.getValue(), statementVersion), source);
                Refusals.done(this, "recognition.signup.done");
                getUI().ifPresent(ui -> ui.navigate("login"));
            } catch (Refusal r) {
                errors.show(r);
            }
        });
        claim.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(code, username, password, repeat, privacy, consent, claim);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        form.setMaxWidth("36rem");
        add(new H1(getTranslation("recognition.activate.title")),
                new Paragraph(getTranslation("recognition.activate.intro")), form);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("recognition.activate.title") + " | " + getTranslation("app.name");
    }
}
