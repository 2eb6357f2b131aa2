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
        assertThat(ProductionGuard.problems(env)).hasSize(7)
                .anySatisfy(p -> assertThat(p).contains("demo"))
                .anySatisfy(p -> assertThat(p).contains("SPRING_MAIL_HOST"))
                .anySatisfy(p -> assertThat(p).contains("Secure"))
                .anySatisfy(p -> assertThat(p).contains("SPRING_DATASOURCE_URL"))
                .anySatisfy(p -> assertThat(p).contains("portal.crypto.identity-keys"))
                .anySatisfy(p -> assertThat(p).contains("portal.crypto.blind-index-key"))
                .anySatisfy(p -> assertThat(p).contains("portal.crypto.cookie-key"));
    }

    /** What a production start passes in: external database and mail, real keys, a Secure cookie. */
    static MockEnvironment production() {
        MockEnvironment env = new MockEnvironment()
                .withProperty("spring.datasource.url", "jdbc:mariadb://db:3306/portal")
                .withProperty("spring.mail.host", "smtp.gemeente.example")
                .withProperty("server.servlet.session.cookie.secure", "true")
                .withProperty("portal.crypto.identity-keys", "k1:AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=")
                .withProperty("portal.crypto.blind-index-key", "ICEiIyQlJicoKSorLC0uLzAxMjM0NTY3ODk6Ozw9Pj8=")
                .withProperty("portal.crypto.cookie-key", "QEFCQ0RFRkdISUpLTE1OT1BRUlNUVVZXWFlaW1xdXl8=");
        env.setActiveProfiles("prod");
        return env;
    }

    @Test
    void prod_profile_with_external_database_mail_and_real_keys_has_no_objection() {
        assertThat(ProductionGuard.problems(production())).isEmpty();
    }

    @Test
    void prod_profile_refuses_the_embedded_mail_server() {
        MockEnvironment env = production();
        env.setProperty("spring.mail.host", "");
        assertThat(ProductionGuard.problems(env)).singleElement()
                .satisfies(p -> assertThat(p).contains("SPRING_MAIL_HOST"));
    }

    @Test
    void prod_profile_refuses_a_session_cookie_without_secure() {
        MockEnvironment env = production();
        env.setProperty("server.servlet.session.cookie.secure", "false");
        assertThat(ProductionGuard.problems(env)).singleElement()
                .satisfies(p -> assertThat(p).contains("Secure"));
    }

    @Test
    void prod_profile_refuses_vaadin_csrf_or_sync_id_checks_switched_off() {
        MockEnvironment env = production();
        env.setProperty("vaadin.disable-xsrf-protection", "true");
        env.setProperty("vaadin.syncIdCheck", "false");
        assertThat(ProductionGuard.problems(env)).hasSize(2)
                .anySatisfy(p -> assertThat(p).contains("CSRF"))
                .anySatisfy(p -> assertThat(p).contains("sync-id"));
    }

    @Test
    void the_prod_profile_file_marks_the_session_cookie_secure() throws Exception {
        var props = new java.util.Properties();
        try (var in = getClass().getResourceAsStream("/application-prod.properties")) {
            assertThat(in).as("application-prod.properties").isNotNull();
            props.load(in);
        }
        assertThat(props.getProperty("server.servlet.session.cookie.secure")).isEqualTo("true");
    }

    @Test
    void a_default_key_is_refused() {
        MockEnvironment env = production();
        env.setProperty("portal.crypto.identity-keys", "default:AAAA");
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
