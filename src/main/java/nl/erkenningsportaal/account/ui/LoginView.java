package nl.erkenningsportaal.account.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.Clock;
import java.time.Duration;
import nl.erkenningsportaal.account.LoginDelayedException;
import nl.erkenningsportaal.platform.Faults;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.web.WebAttributes;

/**
 * Log in, with links to creating an account, activating a code and a forgotten password. A wrong password, an unknown user and a disabled account all get the same message, so the page never
 * tells whether an account exists. When too many attempts failed, the page says how long to wait before the next
 * one is checked (the same for an existing and an unknown user name); an unreachable database is said to be just
 * that.
 */
@Route("login")
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm form = new LoginForm();
    private final Clock clock;

    LoginView(Clock clock) {
        this.clock = clock;
        addClassName("portal-page");
        addClassName("portal-login-page");
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        form.setI18n(i18n());
        add(new H1(getTranslation("login.title")), form, otherWays());
    }

    /**
     * Creating an account, activating the code from a visit and a forgotten password, under the form. By path: those
     * pages live in the recognition and notification modules, which depend on this one.
     */
    private Nav otherWays() {
        UnorderedList links = new UnorderedList(
                link("registreren", "recognition.signup.title"),
                link("activeren", "recognition.activate.title"),
                link("wachtwoord-vergeten", "notification.forgot.title"));
        Nav nav = new Nav(links);
        nav.addClassName("portal-login-links");
        nav.getElement().setAttribute("aria-label", getTranslation("login.links"));
        return nav;
    }

    private ListItem link(String path, String key) {
        Anchor anchor = new Anchor(path, getTranslation(key));
        anchor.getElement().setAttribute("router-link", true);
        return new ListItem(anchor);
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
        Object failure = failed ? lastFailure() : null;
        if (failure instanceof LoginDelayedException delayed) {
            // not "wrong password": the attempt was not checked at all, and the next one will be after the wait
            long seconds = Math.max(1, (Duration.between(clock.instant(), delayed.retryAt()).toMillis() + 999) / 1000);
            LoginI18n i18n = i18n();
            i18n.getErrorMessage().setTitle(getTranslation("login.error.delayed.title"));
            i18n.getErrorMessage().setMessage(getTranslation("login.error.delayed.message", seconds));
            form.setI18n(i18n);
        } else if (failure instanceof AuthenticationServiceException e && Faults.databaseUnreachable(e)) {
            // not "wrong password": the account could not be read at all
            LoginI18n i18n = i18n();
            i18n.getErrorMessage().setTitle(getTranslation("login.error.unavailable.title"));
            i18n.getErrorMessage().setMessage(getTranslation("login.error.unavailable.message"));
            form.setI18n(i18n);
        }
        form.setError(failed);
    }

    /** Spring Security keeps the last login failure in the session. */
    private static @Nullable Object lastFailure() {
        VaadinSession session = VaadinSession.getCurrent();
        return session == null || session.getSession() == null ? null
                : session.getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " | " + getTranslation("app.name");
    }
}
