package nl.erkenningsportaal.notification;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;

/** In the {@code prod} profile the portal refuses to start with the embedded SMTP server: mail must really leave. */
@Configuration(proxyBeanMethods = false)
@Profile("prod")
class MailProductionGuard {

    @Bean
    static BeanFactoryPostProcessor mailProductionGuardCheck(Environment environment) {
        return beanFactory -> {
            String problem = problem(environment);
            if (problem != null) {
                throw new IllegalStateException("Refusing to start in the 'prod' profile: " + problem);
            }
        };
    }

    static @org.jspecify.annotations.Nullable String problem(Environment env) {
        String host = env.getProperty("spring.mail.host");
        if (host == null || host.isBlank()) {
            return "no SMTP server (the embedded one is for local runs): set SPRING_MAIL_HOST, SPRING_MAIL_PORT, "
                    + "SPRING_MAIL_USERNAME, SPRING_MAIL_PASSWORD and SPRING_MAIL_PROPERTIES_MAIL_SMTP_STARTTLS_ENABLE";
        }
        return null;
    }
}
