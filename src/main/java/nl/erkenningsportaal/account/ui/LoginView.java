package nl.erkenningsportaal.account.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import nl.erkenningsportaal.platform.Faults;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.web.WebAttributes;

/**
 * Log in. A wrong password, an unknown user and a disabled account all get the same message, so the page never
 * tells whether an account exists.
 */
@Route("login")
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm form = new LoginForm();

    LoginView() {
        addClassName("portal-page");
        addClassName("portal-login-page");
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        form.setI18n(i18n());
        // no confirmed e-mail address: recovery with a code from an officer (issue 19)
        Anchor forgot = new Anchor("wachtwoord-vergeten", getTranslation("recovery.login.forgot"));
        forgot.getElement().setAttribute("router-link", true);
        Anchor noEmail = new Anchor(RecoverAccessView.PATH, getTranslation("recovery.login.no-email"));
        noEmail.getElement().setAttribute("router-link", true);
        add(new H1(getTranslation("login.title")), form, new Paragraph(forgot), new Paragraph(noEmail));
    }

    private LoginI18n i18n() {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form f = i18n.getForm();
        f.setTitle(getTranslation("login.form-title"));
        f.setUsername(getTranslation("login.username"));
        f.setPassword(getTranslation("login.password"));
        f.setSubmit(getTranslation("login.submit"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle(getTranslation("login.error.title"));
        error.setMessage(getTranslation("login.error.message"));
        error.setUsername(getTranslation("login.error.username"));
        error.setPassword(getTranslation("login.error.password"));
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        boolean failed = event.getLocation().getQueryParameters().getParameters().containsKey("error");
        if (failed && databaseWasUnreachable()) {
            // not "wrong password": the account could not be read at all
            LoginI18n i18n = i18n();
            i18n.getErrorMessage().setTitle(getTranslation("login.error.unavailable.title"));
            i18n.getErrorMessage().setMessage(getTranslation("login.error.unavailable.message"));
            form.setI18n(i18n);
        }
        form.setError(failed);
    }

    /** Spring Security keeps the last login failure in the session; an unreachable database is not a wrong password. */
    private static boolean databaseWasUnreachable() {
        VaadinSession session = VaadinSession.getCurrent();
        Object failure = session == null || session.getSession() == null ? null
                : session.getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        return failure instanceof AuthenticationServiceException e && Faults.databaseUnreachable(e);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " | " + getTranslation("app.name");
    }
}
