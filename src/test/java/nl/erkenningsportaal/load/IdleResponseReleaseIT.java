package nl.erkenningsportaal.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import nl.erkenningsportaal.layout.IdleResponseRelease;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * An idle page lets go of its last answer (see {@link IdleResponseRelease}), spoken to over Vaadin's own protocol
 * with its CSRF and sync-id checks on: until then a lost answer is repeated word for word; afterwards the page
 * still works, and a message sent again gets Vaadin's request to reload, translated. Same configuration as the
 * browser tests, so Spring starts the application once for both.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "portal.quick-exit-url=about:blank")
@ActiveProfiles({"test", "demo"})
class IdleResponseReleaseIT {

    @LocalServerPort
    int port;

    @Autowired
    IdleResponseRelease release;

    private final ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
    private VirtualBrowser browser;

    @AfterEach
    void close() {
        if (browser != null) {
            browser.close();
        }
        threads.shutdownNow();
    }

    private void idle() {
        release.sweep(); // notes each page's last answer
        release.sweep(); // the answer did not change in between: let go of it
    }

    @Test
    void a_lost_answer_is_repeated_until_the_page_has_been_idle_then_a_reload_is_asked_for_in_dutch()
            throws Exception {
        browser = new VirtualBrowser("http://localhost:" + port, threads);
        VirtualBrowser.RoundTrip landing = browser.open("");

        assertThat(browser.resendLast()).isEqualTo(landing.raw());

        idle();
        String answer = browser.resendLast();
        assertThat(answer).isNotEqualTo(landing.raw())
                .contains("De pagina moet opnieuw worden geladen")
                .contains("Klik hier of druk op Esc om de pagina opnieuw te laden")
                .doesNotContain("Synchronization Error");
    }

    @Test
    void a_page_that_let_go_of_its_answer_goes_on_working() throws Exception {
        browser = new VirtualBrowser("http://localhost:" + port, threads);
        browser.open("");
        idle();
        // the next message is a new one: answered normally (the browser throws on a rejected or out-of-step answer)
        VirtualBrowser.RoundTrip next = browser.navigate("/informatie", "");
        assertThat(next.raw()).doesNotContain("appError");
        assertThat(browser.tree().byTag("h1")).isPresent();
    }
}
