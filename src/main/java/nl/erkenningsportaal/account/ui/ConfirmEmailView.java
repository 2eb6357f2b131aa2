package nl.erkenningsportaal.account.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import nl.erkenningsportaal.account.EmailAddressService;

/** The page behind the confirmation link in the mail: confirms the address (the link is used up). */
@Route("e-mail-bevestigen")
@AnonymousAllowed
public class ConfirmEmailView extends Main implements HasUrlParameter<String>, HasDynamicTitle {

    private final transient EmailAddressService emails;
    private final Paragraph result = new Paragraph();

    ConfirmEmailView(EmailAddressService emails) {
        this.emails = emails;
        addClassName("portal-page");
        result.addClassName("portal-email-result");
        add(new H1(getTranslation("notification.confirm.title")), result);
    }

    @Override
    public void setParameter(BeforeEvent event, String token) {
        result.setText(getTranslation(emails.confirm(token) ? "notification.confirm.done"
                : "notification.confirm.invalid"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notification.confirm.title") + " | " + getTranslation("app.name");
    }
}
