package nl.erkenningsportaal.platform;

import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;

/**
 * In the {@code prod} profile the portal refuses to start with anything meant for local runs: the demo accounts,
 * the embedded database, the embedded mail server, generated local key files or default keys, a session cookie sent
 * over plain HTTP, and Vaadin's request checks (CSRF token, sync id) switched off. It checks before any bean is
 * created, so nothing embedded starts at all, and it names every problem at once.
 */
@Configuration(proxyBeanMethods = false)
@Profile("prod")
class ProductionGuard {

    @Bean
    static BeanFactoryPostProcessor productionGuardCheck(Environment environment) {
        return beanFactory -> {
            List<String> problems = problems(environment);
            if (!problems.isEmpty()) {
                throw new IllegalStateException("Refusing to start in the 'prod' profile: " + String.join("; ",
                        problems));
            }
        };
    }

    static List<String> problems(Environment env) {
        List<String> problems = new ArrayList<>();
        if (env.acceptsProfiles(Profiles.of("demo"))) {
            problems.add("the 'demo' profile (demo accounts) is active");
        }
        String url = env.getProperty("spring.datasource.url");
        if (url == null || url.isBlank()) {
            problems.add("no external database: set SPRING_DATASOURCE_URL, SPRING_DATASOURCE_USERNAME and "
                    + "SPRING_DATASOURCE_PASSWORD");
        }
        for (String key : List.of("portal.crypto.identity-keys", "portal.crypto.blind-index-key",
                "portal.crypto.cookie-key")) {
            String value = env.getProperty(key);
            if (value == null || value.isBlank()) {
                problems.add(key + " is not set: production passes real keys (PORTAL_CRYPTO_IDENTITY_KEYS, "
                        + "PORTAL_CRYPTO_BLIND_INDEX_KEY, PORTAL_CRYPTO_COOKIE_KEY), never the generated local key "
                        + "files");
            } else if (value.toLowerCase(java.util.Locale.ROOT).contains("default")) {
                problems.add(key + " holds a default value");
            }
        }
        String mailHost = env.getProperty("spring.mail.host");
        if (mailHost == null || mailHost.isBlank()) {
            problems.add("no mail server: set SPRING_MAIL_HOST (and port, user, password); the embedded SMTP server "
                    + "is for local runs only");
        }
        if (!env.getProperty("server.servlet.session.cookie.secure", Boolean.class, false)) {
            problems.add("the session cookie is not marked Secure (server.servlet.session.cookie.secure=true)");
        }
        if (env.getProperty("vaadin.disable-xsrf-protection", Boolean.class, false)
                || env.getProperty("vaadin.disableXsrfProtection", Boolean.class, false)) {
            problems.add("Vaadin's CSRF protection is switched off");
        }
        if (!env.getProperty("vaadin.sync-id-check", Boolean.class, true)
                || !env.getProperty("vaadin.syncIdCheck", Boolean.class, true)) {
            problems.add("Vaadin's sync-id check is switched off");
        }
        return problems;
    }
}
