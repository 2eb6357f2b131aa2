package nl.erkenningsportaal.notification;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingClass;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/**
 * The packaged jar carries no embedded SMTP server (GreenMail is an optional dependency, left out of it): started
 * without {@code SPRING_MAIL_HOST} it stops at once and says so.
 */
@Configuration(proxyBeanMethods = false)
@Profile("!prod") // in 'prod' the production guard names this with every other problem at once
@ConditionalOnMissingClass(EmbeddedSmtpConfiguration.GREENMAIL)
@Conditional(EmbeddedSmtpConfiguration.NoMailHost.class)
class NoMailServerConfigured {

    @Bean
    static BeanFactoryPostProcessor noMailServerConfigured() {
        return beanFactory -> {
            throw new IllegalStateException("No mail server: set SPRING_MAIL_HOST (and SPRING_MAIL_PORT, "
                    + "SPRING_MAIL_USERNAME, SPRING_MAIL_PASSWORD). This jar carries no embedded SMTP server; for a "
                    + "local run with one, use mvn spring-boot:run.");
        };
    }
}
