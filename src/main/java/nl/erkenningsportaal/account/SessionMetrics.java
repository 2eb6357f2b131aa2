package nl.erkenningsportaal.account;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.concurrent.atomic.AtomicInteger;
import nl.erkenningsportaal.platform.Roles;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.stereotype.Component;

/**
 * Sessions on this node, for operations (every series carries its {@code node} tag): open Vaadin sessions
 * ({@code portal_sessions_vaadin}) and signed-in sessions by kind ({@code portal_sessions_signed_in{kind=staff|worker}},
 * from the session registry that also ends them). Tomcat's own {@code tomcat_sessions_active_current_sessions}
 * counts every HTTP session, anonymous ones too. Counts only: no user name is ever a tag.
 */
@Component
class SessionMetrics implements VaadinServiceInitListener {

    private final AtomicInteger vaadinSessions = new AtomicInteger();
    private final SessionRegistry registry;

    SessionMetrics(SessionRegistry registry, MeterRegistry meters) {
        this.registry = registry;
        Gauge.builder("portal.sessions.vaadin", vaadinSessions, AtomicInteger::get)
                .description("Open Vaadin sessions on this node").register(meters);
        Gauge.builder("portal.sessions.signed.in", this, m -> m.signedIn(true)).tag("kind", "staff")
                .description("Signed-in sessions on this node").register(meters);
        Gauge.builder("portal.sessions.signed.in", this, m -> m.signedIn(false)).tag("kind", "worker")
                .description("Signed-in sessions on this node").register(meters);
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(e -> vaadinSessions.incrementAndGet());
        event.getSource().addSessionDestroyListener(e -> vaadinSessions.decrementAndGet());
    }

    private double signedIn(boolean staff) {
        long count = 0;
        for (Object principal : registry.getAllPrincipals()) {
            if (principal instanceof PortalUserDetails details
                    && Roles.STAFF.contains(details.user().role()) == staff) {
                count += registry.getAllSessions(principal, false).size();
            }
        }
        return count;
    }
}
