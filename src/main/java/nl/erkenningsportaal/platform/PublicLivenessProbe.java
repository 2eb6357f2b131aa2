package nl.erkenningsportaal.platform;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import org.springframework.boot.health.actuate.endpoint.HealthDescriptor;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * The actuator lives on the management port, which is not public; the load balancer (HAProxy, docker/haproxy.cfg)
 * checks each node on its public port. This answers that one probe there: the status of the {@code liveness} health
 * group (the node runs; the database is not asked, so an outage does not take every node out), and nothing more —
 * no details, no other endpoint. Spring Boot's own additional health paths take a single segment only
 * ({@code /livez}), and the balancer's path stays what it was.
 */
@Configuration(proxyBeanMethods = false)
class PublicLivenessProbe {

    static final String PATH = "/actuator/health/liveness";

    @Bean
    FilterRegistrationBean<Filter> publicLivenessProbeFilter(HealthEndpoint health) {
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>((request, response, chain) -> {
            HealthDescriptor liveness = health.healthForPath("liveness");
            Status status = liveness == null ? Status.UNKNOWN : liveness.getStatus();
            HttpServletResponse http = (HttpServletResponse) response;
            http.setStatus(Status.UP.equals(status) ? HttpServletResponse.SC_OK
                    : HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            http.setContentType("application/json");
            http.setCharacterEncoding(StandardCharsets.UTF_8.name());
            http.setHeader("Cache-Control", "no-store");
            http.getWriter().write("{\"status\":\"" + status.getCode() + "\"}");
        });
        registration.addUrlPatterns(PATH);
        registration.setName("publicLivenessProbe");
        // before security and Vaadin: the probe needs no session, and makes none
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }
}
