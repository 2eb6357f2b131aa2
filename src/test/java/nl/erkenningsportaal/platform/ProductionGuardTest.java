package nl.erkenningsportaal.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.erkenningsportaal.Application;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.mock.env.MockEnvironment;

class ProductionGuardTest {

    @Test
    void prod_profile_refuses_demo_accounts_and_the_embedded_database() {
        MockEnvironment env = new MockEnvironment();
        env.setActiveProfiles("prod", "demo");
        assertThat(ProductionGuard.problems(env)).hasSize(4)
                .anySatisfy(p -> assertThat(p).contains("demo"))
                .anySatisfy(p -> assertThat(p).contains("SPRING_DATASOURCE_URL"))
                .anySatisfy(p -> assertThat(p).contains("portal.crypto.identity-keys"))
                .anySatisfy(p -> assertThat(p).contains("portal.crypto.blind-index-key"));
    }

    @Test
    void prod_profile_with_an_external_database_and_no_demo_has_no_objection() {
        MockEnvironment env = new MockEnvironment()
                .withProperty("spring.datasource.url", "jdbc:mariadb://db:3306/portal")
                .withProperty("portal.crypto.identity-keys", "k1:AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=")
                .withProperty("portal.crypto.blind-index-key", "ICEiIyQlJicoKSorLC0uLzAxMjM0NTY3ODk6Ozw9Pj8=");
        env.setActiveProfiles("prod");
        assertThat(ProductionGuard.problems(env)).isEmpty();
    }

    @Test
    void a_default_key_is_refused() {
        MockEnvironment env = new MockEnvironment()
                .withProperty("spring.datasource.url", "jdbc:mariadb://db:3306/portal")
                .withProperty("portal.crypto.identity-keys", "default:AAAA")
                .withProperty("portal.crypto.blind-index-key", "ICEiIyQlJicoKSorLC0uLzAxMjM0NTY3ODk6Ozw9Pj8=");
        env.setActiveProfiles("prod");
        assertThat(ProductionGuard.problems(env)).singleElement()
                .satisfies(p -> assertThat(p).contains("default value"));
    }

    @Test
    void the_application_does_not_start_in_prod_without_an_external_database() {
        assertThatThrownBy(() -> new SpringApplicationBuilder(Application.class)
                .web(WebApplicationType.NONE)
                .profiles("prod")
                .run("--spring.main.banner-mode=off"))
                .hasStackTraceContaining("Refusing to start in the 'prod' profile");
    }
}
