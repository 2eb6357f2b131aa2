package nl.erkenningsportaal.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

class EmbeddedDatabaseConditionTest {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(EmbeddedDatabaseSettings.class)
    static class Settings {}

    @Test
    void an_external_database_url_means_no_embedded_server_starts() {
        new ApplicationContextRunner()
                .withUserConfiguration(Settings.class, EmbeddedDatabaseConfiguration.class)
                .withPropertyValues("spring.datasource.url=jdbc:mariadb://db.example:3306/portal")
                .run(ctx -> {
                    assertThat(ctx).doesNotHaveBean(EmbeddedMariaDb.class);
                    assertThat(ctx).doesNotHaveBean(javax.sql.DataSource.class);
                });
    }
}
