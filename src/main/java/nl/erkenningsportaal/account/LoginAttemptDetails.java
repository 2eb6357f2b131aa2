package nl.erkenningsportaal.account;

import jakarta.servlet.http.HttpServletRequest;
import java.io.Serial;
import org.jspecify.annotations.Nullable;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * What the password step needs to know about the request besides the name and password: the client's address (the
 * standard details) and the device cookie it sent. The cookie is never kept: it is transient, and the signed-in
 * authentication carries plain {@link WebAuthenticationDetails}.
 */
final class LoginAttemptDetails extends WebAuthenticationDetails {

    @Serial
    private static final long serialVersionUID = 1L;

    private final transient @Nullable String deviceCookie;

    LoginAttemptDetails(HttpServletRequest request, @Nullable String deviceCookie) {
        super(request);
        this.deviceCookie = deviceCookie;
    }

    @Nullable String deviceCookie() {
        return deviceCookie;
    }

    /** The same details without the device cookie. */
    WebAuthenticationDetails withoutDeviceCookie() {
        return new WebAuthenticationDetails(getRemoteAddress(), getSessionId());
    }
}
