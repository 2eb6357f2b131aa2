package nl.erkenningsportaal.account;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.util.Locale;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Answers that carry a page's data are never stored. Spring Security sends {@code no-store}, but Vaadin replaces it
 * on its own answers (the bootstrap and every UIDL answer, which carry the names and numbers on screen) with
 * {@code no-cache}, which lets a browser or proxy keep a copy (HttpsHeadersAndCookiesIT). Wherever an answer says
 * {@code no-cache} without {@code no-store}, this adds it; cacheable static files ({@code max-age}) stay cacheable.
 */
@Configuration(proxyBeanMethods = false)
class NoStoreAnswers {

    @Bean
    FilterRegistrationBean<Filter> noStoreAnswersFilter() {
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>((request, response, chain) ->
                chain.doFilter(request, response instanceof HttpServletResponse http ? new NoStore(http) : response));
        registration.setName("noStoreAnswers");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        return registration;
    }

    static String noStore(String value) {
        String lower = value.toLowerCase(Locale.ROOT);
        return lower.contains("no-cache") && !lower.contains("no-store") ? value + ", no-store" : value;
    }

    private static final class NoStore extends HttpServletResponseWrapper {
        NoStore(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void setHeader(String name, String value) {
            super.setHeader(name, "Cache-Control".equalsIgnoreCase(name) && value != null ? noStore(value) : value);
        }

        @Override
        public void addHeader(String name, String value) {
            super.addHeader(name, "Cache-Control".equalsIgnoreCase(name) && value != null ? noStore(value) : value);
        }
    }
}
