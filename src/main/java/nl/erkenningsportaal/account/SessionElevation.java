package nl.erkenningsportaal.account;

import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Replaces the password-step authentication with the full one, in the security context of this request and in
 * the HTTP session (where the next request reads it from), and gives the session a new id: whoever learnt the id of
 * the half-signed-in session (after the password only) holds nothing once the second factor is given. Spring
 * Security already changed it at the password step; the browser receives the new id with this answer.
 */
@Component
class SessionElevation {

    private final SecurityContextRepository repository = new HttpSessionSecurityContextRepository();
    private final SessionControl sessions;

    SessionElevation(SessionControl sessions) {
        this.sessions = sessions;
    }

    void elevate(PortalUserDetails details) {
        SecurityContextHolderStrategy strategy = SecurityContextHolder.getContextHolderStrategy();
        Authentication previous = strategy.getContext().getAuthentication();
        Authentication full = PortalAuthentications.full(details, true,
                previous == null ? null : previous.getDetails());
        SecurityContext context = strategy.createEmptyContext();
        context.setAuthentication(full);
        strategy.setContext(context);
        HttpServletRequest request = currentRequest();
        HttpServletResponse response = currentResponse();
        if (request != null && response != null) {
            if (request.getSession(false) != null) {
                request.changeSessionId();
            }
            repository.saveContext(context, request, response);
            sessions.applyIdleLimit(request, details.user().role());
        }
    }

    private static @Nullable HttpServletRequest currentRequest() {
        if (VaadinServletRequest.getCurrent() != null) {
            return VaadinServletRequest.getCurrent().getHttpServletRequest();
        }
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes a ? a.getRequest()
                : null;
    }

    private static @Nullable HttpServletResponse currentResponse() {
        if (VaadinServletResponse.getCurrent() != null) {
            return VaadinServletResponse.getCurrent().getHttpServletResponse();
        }
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes a ? a.getResponse()
                : null;
    }
}
