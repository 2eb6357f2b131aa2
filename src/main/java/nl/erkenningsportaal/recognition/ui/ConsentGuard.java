package nl.erkenningsportaal.recognition.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import java.util.Optional;
import nl.erkenningsportaal.account.CurrentUser;
import nl.erkenningsportaal.account.SignedInUser;
import nl.erkenningsportaal.platform.Roles;
import nl.erkenningsportaal.recognition.ConsentStatus;
import nl.erkenningsportaal.recognition.WorkerRecognitionService;
import org.springframework.stereotype.Component;

/**
 * Asks a worker for consent again after a major change of the privacy statement: at the first page she opens after
 * signing in, a worker whose consent is older than the newest major version goes to {@link ConsentView} (she may
 * still read the privacy statement) until she continues or withdraws. Checked once per session: a version
 * published while she is signed in asks her at her next sign-in. A navigation guard of its own, so it does not
 * depend on how the shell signs people in.
 */
@Component
class ConsentGuard implements VaadinServiceInitListener {

    /** The session attribute holding the account whose consent was found current (or decided) in this session. */
    static final String CHECKED = ConsentGuard.class.getName() + ".checked";
    /** Where the worker was going when she was asked. */
    static final String RETURN_TO = ConsentGuard.class.getName() + ".returnTo";
    static final String PRIVACY_PATH = "privacy";

    private final CurrentUser currentUser;
    private final WorkerRecognitionService workers;

    ConsentGuard(CurrentUser currentUser, WorkerRecognitionService workers) {
        this.currentUser = currentUser;
        this.workers = workers;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(ui -> ui.getUI().addBeforeEnterListener(this::check));
    }

    private void check(BeforeEnterEvent e) {
        Optional<SignedInUser> user = currentUser.get();
        if (user.isEmpty() || !user.get().hasRole(Roles.WORKER) || currentUser.mustChangePassword()) {
            return;
        }
        VaadinSession session = e.getUI().getSession();
        if (Long.valueOf(user.get().id()).equals(session.getAttribute(CHECKED))
                || e.getNavigationTarget() == ConsentView.class || PRIVACY_PATH.equals(e.getLocation().getPath())) {
            return;
        }
        if (workers.consentStatus() == ConsentStatus.ASK_AGAIN) {
            session.setAttribute(RETURN_TO, e.getLocation().getPathWithQueryParameters());
            e.forwardTo(ConsentView.class);
        } else {
            decided(session, user.get().id());
        }
    }

    /** The worker answered (or needs no asking): not asked again in this session. */
    static void decided(VaadinSession session, long accountId) {
        session.setAttribute(CHECKED, accountId);
    }

    /** Where to go once she answered: where she was going, or the start page. */
    static String returnTo(VaadinSession session) {
        Object to = session.getAttribute(RETURN_TO);
        session.setAttribute(RETURN_TO, null);
        return to instanceof String s && !s.isBlank() ? s : "";
    }
}
