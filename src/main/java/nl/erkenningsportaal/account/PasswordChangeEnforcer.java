package nl.erkenningsportaal.account;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/** A person still holding a one-time password is sent to the password page before anything else opens. */
@Component
class PasswordChangeEnforcer implements VaadinServiceInitListener {

    static final String PASSWORD_PATH = "wachtwoord";

    private final CurrentUser currentUser;

    PasswordChangeEnforcer(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(ui -> ui.getUI().addBeforeEnterListener(e -> {
            String path = e.getLocation().getPath();
            if (currentUser.mustChangePassword() && !PASSWORD_PATH.equals(path) && !"login".equals(path)) {
                e.rerouteTo(PASSWORD_PATH);
            }
        }));
    }
}
