package nl.erkenningsportaal.account;

import nl.erkenningsportaal.platform.Roles;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;

/** A worker who signs in lands on her own page; a saved request and staff go on as before (issue 23). */
class OwnPageAfterSignInTest {

    private final HttpSessionRequestCache cache = new HttpSessionRequestCache();
    private final AtomicBoolean passedOn = new AtomicBoolean();
    private final AuthenticationSuccessHandler next = (request, response, authentication) -> passedOn.set(true);
    private final OwnPageAfterSignIn handler = new OwnPageAfterSignIn(cache, next);

    private static Authentication as(String role) {
        return UsernamePasswordAuthenticationToken.authenticated("someone", null,
                List.of(new SimpleGrantedAuthority("ROLE_" + role)));
    }

    @Test
    void a_worker_lands_on_her_own_page() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/login");
        MockHttpServletResponse response = new MockHttpServletResponse();
        handler.onAuthenticationSuccess(request, response, as(Roles.WORKER));
        assertThat(response.getRedirectedUrl()).isEqualTo("/mijn-aanvraag");
        assertThat(passedOn).isFalse();
    }

    @Test
    void a_page_she_asked_for_before_signing_in_still_wins() throws Exception {
        MockHttpServletRequest asked = new MockHttpServletRequest("GET", "/spreekuur");
        MockHttpServletResponse response = new MockHttpServletResponse();
        cache.saveRequest(asked, response);
        MockHttpServletRequest login = new MockHttpServletRequest("POST", "/login");
        login.setSession(asked.getSession());
        handler.onAuthenticationSuccess(login, response, as(Roles.WORKER));
        assertThat(passedOn).isTrue();
    }

    @Test
    void staff_go_on_as_before() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        handler.onAuthenticationSuccess(new MockHttpServletRequest("POST", "/login"), response, as(Roles.OFFICER));
        assertThat(passedOn).isTrue();
        assertThat(response.getRedirectedUrl()).isNull();
    }
}
