package nl.erkenningsportaal.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.time.Duration;
import nl.erkenningsportaal.platform.Roles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Session rules: an idle limit per role set at login (staff 15 minutes, workers 30; Vaadin's heartbeats do not
 * keep a session alive because {@code vaadin.closeIdleSessions=true}), and every session of an account ends when
 * the account is disabled or its second factor is reset. Spring Security already gives the session a new id at
 * login.
 */
@Component
class SessionControl {

    private static final Logger log = LoggerFactory.getLogger(SessionControl.class);

    private final SessionRegistry registry;
    private final SecuritySettings settings;

    SessionControl(SessionRegistry registry, SecuritySettings settings) {
        this.registry = registry;
        this.settings = settings;
    }

    Duration idleLimit(String role) {
        return Roles.STAFF.contains(role) ? settings.staffIdle() : settings.workerIdle();
    }

    @EventListener
    void onLogin(InteractiveAuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof PortalUserDetails details
                && RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            applyIdleLimit(attributes.getRequest(), details.user().role());
        }
    }

    void applyIdleLimit(HttpServletRequest request, String role) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.setMaxInactiveInterval((int) idleLimit(role).toSeconds());
        }
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void onAccountDisabled(AccountDisabled event) {
        endSessionsOf(event.accountId());
    }

    /** Marks every session of the account expired; the next request in it is logged out. */
    int endSessionsOf(long accountId) {
        int ended = 0;
        for (Object principal : registry.getAllPrincipals()) {
            if (principal instanceof PortalUserDetails d && d.user().id() == accountId) {
                for (SessionInformation session : registry.getAllSessions(principal, false)) {
                    session.expireNow();
                    ended++;
                }
            }
        }
        log.info("Ended {} session(s) of account {}", ended, accountId);
        return ended;
    }
}
