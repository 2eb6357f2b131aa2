package nl.erkenningsportaal.account;

import static com.vaadin.flow.spring.security.VaadinSecurityConfigurer.vaadin;

import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategyConfiguration;
import nl.erkenningsportaal.account.ui.LoginView;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Web and method security. Vaadin's configurer protects every route by its access annotation; services check again
 * with {@code @PreAuthorize} (method security is the real boundary, the UI only hides what it cannot open).
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity(jsr250Enabled = true)
@Import(VaadinAwareSecurityContextHolderStrategyConfiguration.class)
class SecurityConfiguration {

    /** OWASP's Argon2id recommendation: m = 19 MiB, t = 2, p = 1 (Spring's defaults are weaker). */
    static final int ARGON2_MEMORY_KIB = 19 * 1024;
    static final int ARGON2_ITERATIONS = 2;
    static final int ARGON2_PARALLELISM = 1;

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(auth -> auth
                .requestMatchers("/styles/**", "/images/**", "/actuator/health", "/actuator/health/**")
                .permitAll());
        // Every other request reaches Vaadin, whose navigation access control checks each route's annotation: a
        // protected route sends an anonymous visitor to the login page, and an unknown address shows the
        // translated 404 page instead of a login prompt. The portal has no other servlet endpoints.
        http.with(vaadin(), vaadin -> vaadin.loginView(LoginView.class).anyRequest(any -> any.permitAll()));
        return http.build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new Argon2PasswordEncoder(16, 32, ARGON2_PARALLELISM, ARGON2_MEMORY_KIB, ARGON2_ITERATIONS);
    }
}
