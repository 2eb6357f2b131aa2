package nl.erkenningsportaal.account;

import static com.vaadin.flow.spring.security.VaadinSecurityConfigurer.vaadin;

import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategyConfiguration;
import com.vaadin.flow.spring.security.VaadinSavedRequestAwareAuthenticationSuccessHandler;
import nl.erkenningsportaal.account.ui.LoginView;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.security.access.expression.method.DefaultMethodSecurityExpressionHandler;
import org.springframework.security.access.expression.method.MethodSecurityExpressionHandler;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.session.HttpSessionEventPublisher;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;

/**
 * Web and method security. Vaadin's configurer protects every route by its access annotation; services check again
 * with {@code @PreAuthorize} (method security is the real boundary, the UI only hides what it cannot open).
 * Views are not proxied: their {@code @RolesAllowed} is read by Vaadin's navigation access control only.
 * A login is two steps for staff: the password step yields an authentication without a role (see
 * {@link PortalAuthentications}); method security counts it as not signed in at all.
 */
@Configuration
@EnableWebSecurity
// Services are guarded with @PreAuthorize. @RolesAllowed and @PermitAll are Vaadin's route access annotations,
// checked by Vaadin's navigation access control; with jsr250Enabled Spring also wrapped every such view in a CGLIB
// proxy that checked the role on each method call and recomputed its advisors on each navigation (14% of the
// server's CPU at 500 sessions, decision 0011). They stay route annotations only.
@EnableMethodSecurity
@Import(VaadinAwareSecurityContextHolderStrategyConfiguration.class)
class SecurityConfiguration {

    /**
     * No Micrometer observation around each authorization: nothing here collects traces or security metrics (the
     * actuator exposes health only), and a flight recording of the booking benchmark showed it in every service
     * call's authorization.
     */
    @Bean
    static SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    /** OWASP's Argon2id recommendation: m = 19 MiB, t = 2, p = 1 (Spring's defaults are weaker). */
    static final int ARGON2_MEMORY_KIB = 19 * 1024;
    static final int ARGON2_ITERATIONS = 2;
    static final int ARGON2_PARALLELISM = 1;

    /**
     * As strict as Vaadin Flow 25 allows; the exceptions ('unsafe-inline' for styles and the bootstrap script,
     * 'unsafe-eval' for Flow's client-side JavaScript execution) are explained in
     * docs/decisions/0020-content-security-policy.md.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; "
            + "script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data: blob:; "
            + "font-src 'self' data:; "
            + "connect-src 'self'; "
            + "object-src 'none'; "
            + "base-uri 'self'; "
            + "form-action 'self'; "
            + "frame-ancestors 'none'";

    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), "
            + "bluetooth=(), serial=(), hid=(), midi=(), magnetometer=(), gyroscope=(), accelerometer=(), "
            + "display-capture=(), interest-cohort=()";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, PortalAuthenticationProvider provider,
            SessionRegistry sessionRegistry, DeviceCookies deviceCookies, Environment environment) throws Exception {
        http.authenticationManager(new ProviderManager(provider));
        http.authorizeHttpRequests(auth -> auth
                .requestMatchers("/styles/**", "/scripts/**", "/images/**", "/actuator/health", "/actuator/health/**")
                .permitAll());
        // A new session id at login (Spring's default, stated here), and a registry of sessions so that disabling
        // an account can end them.
        http.sessionManagement(s -> s.sessionFixation(f -> f.changeSessionId())
                .maximumSessions(-1).sessionRegistry(sessionRegistry).expiredUrl("/login"));
        boolean production = environment.acceptsProfiles(Profiles.of("prod"));
        http.headers(h -> {
            // Written before the request goes on, not when the response is committed: Vaadin's bootstrap page
            // (the answer to every page's first load) is committed past the point where Spring Security would add
            // them, and went out without any of these headers (HttpsHeadersAndCookiesIT).
            h.addObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                @Override
                public <O extends HeaderWriterFilter> O postProcess(O filter) {
                    filter.setShouldWriteHeadersEagerly(true);
                    return filter;
                }
            });
            h.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY));
            h.referrerPolicy(r -> r.policy(ReferrerPolicy.NO_REFERRER));
            h.frameOptions(f -> f.deny());
            h.contentTypeOptions(c -> { });
            h.permissionsPolicyHeader(p -> p.policy(PERMISSIONS_POLICY));
            h.cacheControl(c -> { });
            if (production) {
                // TLS ends at the load balancer: HSTS on every answer, not only those the app sees as secure
                h.httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000)
                        .requestMatcher(AnyRequestMatcher.INSTANCE));
            } else {
                h.httpStrictTransportSecurity(hsts -> hsts.disable());
            }
        });
        // Every other request reaches Vaadin, whose navigation access control checks each route's annotation: a
        // protected route sends an anonymous visitor to the login page, and an unknown address shows the
        // translated 404 page instead of a login prompt. The portal has no other servlet endpoints.
        http.with(vaadin(), vaadin -> vaadin.loginView(LoginView.class).anyRequest(any -> any.permitAll()));
        // The password step sees the device cookie the browser sent, and a correct password gives the browser a new
        // one before Vaadin's success handler sends it on (LoginThrottle, decision 0032); a worker without a saved
        // request goes to her own page (OwnPageAfterSignIn). Vaadin's configurer sets its
        // login page and handler on the form login when the chain is built; the filter is post-processed after that.
        // (Only after Vaadin's configurer: a form login configured before it would initialise without Vaadin's login
        // page and switch Spring Security's generated login page on.)
        http.formLogin(form -> form
                .authenticationDetailsSource(request -> new LoginAttemptDetails(request, deviceCookies.read(request)))
                .addObjectPostProcessor(new ObjectPostProcessor<UsernamePasswordAuthenticationFilter>() {
                    @Override
                    public <O extends UsernamePasswordAuthenticationFilter> O postProcess(O filter) {
                        VaadinSavedRequestAwareAuthenticationSuccessHandler vaadin = http.getSharedObject(
                                VaadinSavedRequestAwareAuthenticationSuccessHandler.class);
                        if (vaadin == null) {
                            throw new IllegalStateException("Vaadin's login success handler is not configured");
                        }
                        RequestCache savedRequests = http.getSharedObject(RequestCache.class);
                        filter.setAuthenticationSuccessHandler(new DeviceCookieOnSuccess(deviceCookies,
                                savedRequests == null ? vaadin : new OwnPageAfterSignIn(savedRequests, vaadin)));
                        return filter;
                    }
                }));
        return http.build();
    }

    @Bean
    PortalAuthenticationProvider portalAuthenticationProvider(PortalUserDetailsService users,
            PasswordEncoder passwordEncoder, LoginThrottle throttle, SignIns signIns, DeviceCookies deviceCookies) {
        return new PortalAuthenticationProvider(users, passwordEncoder, throttle, signIns, deviceCookies);
    }

    @Bean
    SessionRegistry sessionRegistry() {
        return new SessionRegistryImpl();
    }

    @Bean
    static HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }

    /** Method security treats a password-only login as anonymous: {@code isAuthenticated()} is false for it. */
    @Bean
    static MethodSecurityExpressionHandler methodSecurityExpressionHandler(ApplicationContext context) {
        DefaultMethodSecurityExpressionHandler handler = new DefaultMethodSecurityExpressionHandler();
        handler.setTrustResolver(new PasswordStepIsNotSignedIn());
        handler.setApplicationContext(context);
        return handler;
    }

    static final class PasswordStepIsNotSignedIn implements AuthenticationTrustResolver {
        private final AuthenticationTrustResolver standard = new AuthenticationTrustResolverImpl();

        @Override
        public boolean isAnonymous(Authentication authentication) {
            return standard.isAnonymous(authentication)
                    || authentication instanceof PortalAuthentications.PasswordStep;
        }

        @Override
        public boolean isRememberMe(Authentication authentication) {
            return standard.isRememberMe(authentication);
        }
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new Argon2PasswordEncoder(16, 32, ARGON2_PARALLELISM, ARGON2_MEMORY_KIB, ARGON2_ITERATIONS);
    }
}
