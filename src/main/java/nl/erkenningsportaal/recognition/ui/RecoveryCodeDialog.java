package nl.erkenningsportaal.recognition.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import nl.erkenningsportaal.account.PasswordRecovery;
import nl.erkenningsportaal.platform.Refusal;
import nl.erkenningsportaal.recognition.AccessRecoveryService;

/**
 * Recovery without e-mail, on the officer's request page: the officer confirms having seen the worker in person, and
 * gets a recovery code to give her (shown once, stored only as a hash); she sets a new password with it on the page
 * "toegang-herstellen". Audited in the service.
 */
final class RecoveryCodeDialog extends Dialog {

    RecoveryCodeDialog(AccessRecoveryService service, long requestId) {
        setHeaderTitle(getTranslation("recovery.officer.title"));
        Checkbox seen = new Checkbox(getTranslation("recovery.officer.seen"));
        Button issue = new Button(getTranslation("recovery.officer.issue"));
        issue.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button close = new Button(getTranslation("action.close"), e -> close());
        issue.addClickListener(e -> {
            try {
                PasswordRecovery.IssuedCode code = service.issueCode(requestId, seen.getValue());
                removeAll();
                Span secret = new Span(code.code());
                secret.addClassName("portal-secret");
                add(new Paragraph(getTranslation("recovery.officer.code-once")), new Paragraph(secret),
                        new Paragraph(getTranslation("recovery.officer.until",
                                Formats.dateTime(code.expiresAt(), getLocale()))),
                        new Paragraph(getTranslation("recovery.officer.tell")));
                getFooter().remove(issue);
            } catch (Refusal r) {
                seen.setInvalid(true);
                seen.setErrorMessage(getTranslation(r.messageKey(), r.arguments()));
            }
        });
        add(new Paragraph(getTranslation("recovery.officer.intro")), seen);
        getFooter().add(close, issue);
    }
}
