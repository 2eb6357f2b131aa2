package nl.erkenningsportaal.recognition.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.VaadinSession;
import jakarta.annotation.security.RolesAllowed;
import nl.erkenningsportaal.account.CurrentUser;
import nl.erkenningsportaal.platform.Refusal;
import nl.erkenningsportaal.platform.Roles;
import nl.erkenningsportaal.recognition.ConsentStatus;
import nl.erkenningsportaal.recognition.WorkerRecognitionService;

/**
 * The worker's consent to the privacy statement: asked again after a major change (she continues, or withdraws,
 * which erases her request as the statement promises, after a clear warning), and given again later by a worker who
 * withdrew it, so she can make a new request.
 */
@Route("toestemming")
@RolesAllowed(Roles.WORKER)
public class ConsentView extends Main implements HasDynamicTitle {

    private final transient WorkerRecognitionService service;
    private final long accountId;
    private String title = "";

    ConsentView(WorkerRecognitionService service, CurrentUser currentUser) {
        this.service = service;
        this.accountId = currentUser.require().id();
        addClassName("portal-page");
        render();
    }

    private void render() {
        removeAll();
        ConsentStatus status = service.consentStatus();
        int version = service.privacyStatementVersion();
        title = getTranslation("recognition.consent.title." + status);
        add(new H1(title),
                new Paragraph(getTranslation("recognition.consent.intro." + status, version)));
        if (status == ConsentStatus.CURRENT) {
            add(new RouterLink(getTranslation("recognition.consent.to-my-request"), MyRequestView.class));
            return;
        }
        Anchor statement = new Anchor("privacy", getTranslation("recognition.consent.read", version));
        statement.setTarget("_blank");
        Checkbox agree = new Checkbox(getTranslation("recognition.consent.agree", version));
        Button give = new Button(getTranslation(status == ConsentStatus.ASK_AGAIN ? "recognition.consent.continue"
                : "recognition.consent.give"), e -> {
                    try {
                        service.giveConsent(agree.getValue(), version);
                        Refusals.done(this, "recognition.consent.given");
                        leave(status == ConsentStatus.ASK_AGAIN);
                    } catch (Refusal r) {
                        agree.setErrorMessage(getTranslation(r.messageKey(), r.arguments()));
                        agree.setInvalid(true);
                    }
                });
        give.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new Paragraph(statement), new Div(agree), new Paragraph(give));
        if (status == ConsentStatus.ASK_AGAIN) {
            Button withdraw = new Button(getTranslation("recognition.consent.withdraw"), e -> confirmWithdrawal());
            withdraw.addThemeVariants(ButtonVariant.LUMO_ERROR);
            HorizontalLayout row = new HorizontalLayout(withdraw);
            row.setWrap(true);
            add(new Section(new H2(getTranslation("recognition.consent.withdraw-title")),
                    new Paragraph(getTranslation("recognition.consent.withdraw-intro")), row));
        }
    }

    private void confirmWithdrawal() {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("recognition.consent.withdraw-title"));
        dialog.setText(getTranslation("recognition.consent.withdraw-warning"));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.setConfirmText(getTranslation("recognition.consent.withdraw-confirm"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(e -> {
            service.withdrawConsentAndErase();
            Refusals.done(this, "recognition.consent.withdrawn");
            ConsentGuard.decided(VaadinSession.getCurrent(), accountId);
            render();
        });
        dialog.open();
    }

    private void leave(boolean askedAgain) {
        VaadinSession session = VaadinSession.getCurrent();
        ConsentGuard.decided(session, accountId);
        String to = askedAgain ? ConsentGuard.returnTo(session) : "mijn-aanvraag";
        getUI().ifPresent(ui -> ui.navigate(to));
    }

    @Override
    public String getPageTitle() {
        return title + " | " + getTranslation("app.name");
    }
}
