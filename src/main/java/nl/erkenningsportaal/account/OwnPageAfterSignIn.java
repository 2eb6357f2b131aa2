package nl.erkenningsportaal.account;

import nl.erkenningsportaal.platform.Roles;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.savedrequest.RequestCache;

/**
 * A worker who signs in lands on her own page (her request and its status), not on the start page (issue 23). A
 * page she asked for before signing in still wins (Vaadin's saved request), and staff go on as before (the second
 * factor, then the start page with their work).
 */
final class OwnPageAfterSignIn implements AuthenticationSuccessHandler {

    /** The worker's own page, by path (the account module does not depend on the recognition module). */
    static final String WORKER_HOME = "mijn-aanvraag";

    private final RequestCache savedRequests;
    private final AuthenticationSuccessHandler next;

    OwnPageAfterSignIn(RequestCache savedRequests, AuthenticationSuccessHandler next) {
        this.savedRequests = savedRequests;
        this.next = next;
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
            Authentication authentication) throws IOException, ServletException {
        boolean worker = authentication.getAuthorities().stream()
                .anyMatch(a -> ("ROLE_" + Roles.WORKER).equals(a.getAuthority()));
        if (!worker || savedRequests.getRequest(request, response) != null) {
            next.onAuthenticationSuccess(request, response, authentication);
            return;
        }
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        }
        response.sendRedirect(request.getContextPath() + "/" + WORKER_HOME);
    }
}
