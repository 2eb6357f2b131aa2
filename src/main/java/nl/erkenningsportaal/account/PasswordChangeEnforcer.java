package nl.erkenningsportaal.account;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * The gate before every page: a login still waiting for its second factor goes to the second-factor page (which
 * enrols one first if there is none yet), and a person still holding a one-time password goes to the password
 * page, before anything else opens.
 */
@Component
class PasswordChangeEnforcer implements VaadinServiceInitListener {

    static final String PASSWORD_PATH = "wachtwoord";
    static final String SECOND_FACTOR_PATH = "tweede-factor";
    static final String LOGIN_PATH = "login";

    private final CurrentUser currentUser;

    PasswordChangeEnforcer(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(ui -> ui.getUI().addBeforeEnterListener(e -> {
            String path = e.getLocation().getPath();
            if (currentUser.secondFactorPending()) {
                if (!SECOND_FACTOR_PATH.equals(path) && !LOGIN_PATH.equals(path)) {
                    e.forwardTo(SECOND_FACTOR_PATH);
                }
            } else if (currentUser.mustChangePassword() && !PASSWORD_PATH.equals(path) && !LOGIN_PATH.equals(path)) {
                e.forwardTo(PASSWORD_PATH);
            }
        }));
    }
}
