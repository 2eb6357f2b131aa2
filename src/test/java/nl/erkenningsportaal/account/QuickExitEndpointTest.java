package nl.erkenningsportaal.account;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;

/** The server's half of the quick exit ends the session and tells the browser to forget it (issue 23). */
class QuickExitEndpointTest {

    @Test
    void the_session_ends_and_the_browser_is_told_to_forget_its_cookie_and_cache() {
        MockHttpSession session = new MockHttpSession();
        MockHttpServletRequest request = new MockHttpServletRequest("POST", QuickExitEndpoint.PATH);
        request.setSession(session);
        MockHttpServletResponse response = new MockHttpServletResponse();

        QuickExitEndpoint.leave(request, response);

        assertThat(session.isInvalid()).as("the session ended on the server").isTrue();
        assertThat(response.getStatus()).isEqualTo(204);
        Cookie cookie = response.getCookie("JSESSIONID");
        assertThat(cookie).isNotNull();
        assertThat(cookie.getMaxAge()).as("the browser forgets the session cookie").isZero();
        assertThat(response.getHeader("Clear-Site-Data")).isEqualTo("\"cache\"");
        assertThat(response.getHeader("Cache-Control")).isEqualTo("no-store");
    }

    @Test
    void without_a_session_it_answers_all_the_same() {
        MockHttpServletResponse response = new MockHttpServletResponse();
        QuickExitEndpoint.leave(new MockHttpServletRequest("POST", QuickExitEndpoint.PATH), response);
        assertThat(response.getStatus()).isEqualTo(204);
    }
}
