package nl.erkenningsportaal.account;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;

/**
 * After a correct password the browser receives a new device cookie for the account ({@link DeviceCookies}), then
 * Vaadin's own success handler sends it on. Staff receive it after the password, before the second factor: the
 * cookie only spares the owner the throttle on passwords, and whoever has the password gains nothing from it.
 */
final class DeviceCookieOnSuccess implements AuthenticationSuccessHandler {

    private final DeviceCookies cookies;
    private final AuthenticationSuccessHandler next;

    DeviceCookieOnSuccess(DeviceCookies cookies, AuthenticationSuccessHandler next) {
        this.cookies = cookies;
        this.next = next;
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
            Authentication authentication) throws IOException, ServletException {
        cookies.write(request, response, LoginThrottle.normalise(authentication.getName()));
        next.onAuthenticationSuccess(request, response, authentication);
    }
}
