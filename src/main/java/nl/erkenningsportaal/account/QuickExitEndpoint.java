package nl.erkenningsportaal.account;

import jakarta.servlet.Filter;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * The server's half of the quick exit (issue 23). As the browser leaves, the quick-exit script
 * ({@code frontend/scripts/quick-exit.js}) sends one {@code POST /snel-weg} with {@code navigator.sendBeacon}, which
 * does not wait for an answer: this ends the session there and then (the signed-in person, the Vaadin session and
 * everything on its screens), tells the browser to forget the session cookie and its cached answers, and answers
 * with nothing. When the server cannot answer, the browser leaves all the same and the session ends at its idle limit.
 *
 * <p>It runs before Spring Security's filters: it needs no signed-in person and gives nothing away, and a beacon
 * cannot carry a CSRF token. Another site cannot use it to sign someone out: the session cookie is
 * {@code SameSite=Lax}, so a cross-site POST arrives without it and ends nothing.
 */
@Configuration(proxyBeanMethods = false)
class QuickExitEndpoint {

    /** The address the script posts to, relative to the portal's root. */
    static final String PATH = "/snel-weg";

    @Bean
    FilterRegistrationBean<Filter> quickExitFilter() {
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>((request, response, chain) -> {
            if (request instanceof HttpServletRequest http && response instanceof HttpServletResponse answer
                    && "POST".equals(http.getMethod())) {
                leave(http, answer);
            } else {
                chain.doFilter(request, response);
            }
        });
        registration.setName("quickExit");
        registration.addUrlPatterns(PATH);
        // before Spring Security's chain (DEFAULT_FILTER_ORDER = -100), after the no-store wrapper
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 30);
        return registration;
    }

    static void leave(HttpServletRequest request, HttpServletResponse response) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        String contextPath = request.getContextPath();
        String name = request.getServletContext().getSessionCookieConfig().getName();
        Cookie forget = new Cookie(name == null ? "JSESSIONID" : name, "");
        forget.setPath(contextPath.isEmpty() ? "/" : contextPath);
        forget.setMaxAge(0);
        forget.setHttpOnly(true);
        forget.setSecure(request.isSecure());
        response.addCookie(forget);
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Clear-Site-Data", "\"cache\"");
        response.setStatus(HttpServletResponse.SC_NO_CONTENT);
    }
}
