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
import nl.erkenningsportaal.account.PasswordPolicy;
import nl.erkenningsportaal.platform.Refusal;
import nl.erkenningsportaal.recognition.SignUp;
import nl.erkenningsportaal.recognition.WorkerRecognitionService;

/** A worker recognised at the door claims an online account with the one-time code the officer gave. */
@Route("activeren")
@AnonymousAllowed
public class ActivateView extends Main implements HasDynamicTitle {

    ActivateView(WorkerRecognitionService service) {
        addClassName("portal-page");
        TextField code = new TextField(getTranslation("recognition.activate.code"));
        code.setMaxLength(20);
        code.setHelperText(getTranslation("recognition.activate.code-help"));
        TextField username = new TextField(getTranslation("recognition.signup.username"));
        username.setMaxLength(64);
        PasswordField password = new PasswordField(getTranslation("login.password"));
        password.setMaxLength(PasswordPolicy.MAX_LENGTH);
        password.setHelperText(getTranslation("password.rule", PasswordPolicy.MIN_LENGTH, PasswordPolicy.MAX_LENGTH));
        int statementVersion = service.privacyStatementVersion();
        Checkbox consent = new Checkbox(getTranslation("recognition.signup.consent",
                statementVersion));
        Anchor privacy = new Anchor("privacy", getTranslation("recognition.signup.read-privacy"));
        privacy.setTarget("_blank");
        Button claim = new Button(getTranslation("recognition.activate.submit"), e -> {
            VaadinRequest request = VaadinRequest.getCurrent();
            String source = request == null ? "unknown" : request.getRemoteAddr();
            try {
                service.claimDoorRegistration(code.getValue(), new SignUp(username.getValue(), password.getValue(),
                        consent.getValue(), statementVersion), source);
                Refusals.done(this, "recognition.signup.done");
                getUI().ifPresent(ui -> ui.navigate("login"));
            } catch (Refusal r) {
                Refusals.show(this, r);
            }
        });
        claim.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(code, username, password, privacy, consent, claim);
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
