package nl.erkenningsportaal.account;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * The idle limit holds while a page stays open. Vaadin's heartbeat (every 5 minutes) keeps the HTTP session alive,
 * and {@code vaadin.closeIdleSessions} only closes the page's UI: the session, and the sign-in in it, lived on, so
 * an officer's page left open was signed in for as long as it stayed open (IdleTimeoutIT). This filter counts only
 * what a person does — every request except a heartbeat — and ends the session at its first request after the limit
 * the login set ({@link SessionControl}: 15 minutes for staff, 30 for workers). It runs before Spring Security, so
 * that request already finds no sign-in.
 */
@Configuration(proxyBeanMethods = false)
class IdleSessionLimit {

    static final String LAST_ACTION = IdleSessionLimit.class.getName() + ".lastAction";

    @Bean
    FilterRegistrationBean<Filter> idleSessionLimitFilter() {
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>((request, response, chain) -> {
            if (request instanceof HttpServletRequest http) {
                HttpSession session = http.getSession(false);
                if (session != null) {
                    long now = System.currentTimeMillis();
                    Object last = session.getAttribute(LAST_ACTION);
                    if (last instanceof Long at && now - at > session.getMaxInactiveInterval() * 1000L) {
                        session.invalidate();
                    } else if (!"heartbeat".equals(http.getParameter("v-r"))) {
                        session.setAttribute(LAST_ACTION, now);
                    }
                }
            }
            chain.doFilter(request, response);
        });
        registration.setName("idleSessionLimit");
        // before Spring Security's filters (order -100), after the public liveness probe
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }
}
