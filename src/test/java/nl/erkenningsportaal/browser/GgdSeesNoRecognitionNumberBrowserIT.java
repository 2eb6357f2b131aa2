package nl.erkenningsportaal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Route;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;
import nl.erkenningsportaal.account.TestAccounts;
import nl.erkenningsportaal.consultation.BookingRequest;
import nl.erkenningsportaal.consultation.ConsultationFixtures;
import nl.erkenningsportaal.consultation.MyBooking;
import nl.erkenningsportaal.consultation.SessionSummary;
import nl.erkenningsportaal.consultation.WorkerBookingService;
import nl.erkenningsportaal.recognition.RecognisedWorkers;
import nl.erkenningsportaal.recognition.RecognitionNumber;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * GGD care apart from enforcement, as the GGD's browser receives it (issue 16): with a recognised worker booked, GGD
 * staff sign in and open their pages; every response body their browser receives — pages, scripts, Vaadin's UIDL
 * answers and any push frame — is recorded, and none holds that worker's number or anything shaped like a
 * recognition number with a valid check character. (The client's own build, the same for everyone and made before
 * any data existed, is left out.) The booking code is found, so the recording sees the data.
 */
class GgdSeesNoRecognitionNumberBrowserIT extends BrowserTest {

    /** Nine characters of the number's alphabet standing alone, or three groups of three as printed. */
    static final Pattern NUMBER_LIKE = Pattern.compile("(?<![A-Za-z0-9])([" + RecognitionNumber.ALPHABET + "]{3})-?(["
            + RecognitionNumber.ALPHABET + "]{3})-?([" + RecognitionNumber.ALPHABET + "]{3})(?![A-Za-z0-9])");

    @Autowired
    RecognisedWorkers recognised;

    @Autowired
    ConsultationFixtures consultations;

    @Autowired
    WorkerBookingService bookings;

    record Received(String url, String body) {}

    @Test
    void nothing_the_ggds_pages_receive_holds_a_recognition_number() {
        SessionSummary session = consultations.sessionNextWeek(3);
        long slot = consultations.firstSlot(session);
        var worker = recognised.inAssen("Browser Zorg Apart");
        MyBooking booking = bookings.book(new BookingRequest(slot, "GM0106", "es", true, null, "Estrella"));
        TestAccounts.signOut();

        // every answer passes through the test on its way to the browser: what is recorded is exactly what the
        // GGD's browser receives (redirects are passed on as they are, so the login flow stays the browser's own).
        // Only the client's own build (scripts, styles, fonts), the same for everyone and made before any data
        // existed, goes past: carried through the test it made the first page too slow on a busy machine.
        List<Received> received = Collections.synchronizedList(new ArrayList<>());
        context.route(url -> !builtBeforeAnyData(url), route -> {
            APIResponse answer = route.fetch(new Route.FetchOptions().setMaxRedirects(0));
            String type = String.valueOf(answer.headers().get("content-type"));
            if (!type.startsWith("image/") && !type.startsWith("font/")) {
                received.add(new Received(route.request().url(), new String(answer.body(), StandardCharsets.UTF_8)));
            }
            route.fulfill(new Route.FulfillOptions().setResponse(answer));
        });
        page.onWebSocket(socket -> socket.onFrameReceived(frame -> received.add(new Received(socket.url(),
                String.valueOf(frame.text())))));

        login("ggd", "demo-portaal-2026");
        open("ggd");
        open("ggd/sessie/" + session.id());
        page.getByText("Estrella").first().waitFor();
        screenshot("ggd-day-with-a-recognised-worker");
        // what the GGD does there: mark the visit attended, which answers with the day again
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new com.microsoft.playwright.Page.GetByRoleOptions().setName(Pattern.compile("^Geweest "))).first()
                .click();
        settle();
        open("");

        List<Received> bodies = List.copyOf(received);
        assertThat(bodies).as("pages and UIDL answers were recorded").anyMatch(r -> r.url().contains("v-r=uidl"));
        assertThat(bodies).as("the recording sees the booking's data").anyMatch(r -> r.body().contains("Estrella"));
        for (Received r : bodies) {
            assertThat(r.body()).as(r.url()).doesNotContain(worker.number(),
                    RecognitionNumber.grouped(worker.number()));
        }
        assertThat(bodies).as("the booking shows by its own code").anyMatch(r -> r.body().contains(booking.code()));
        List<String> numberShaped = bodies.stream()
                .flatMap(r -> NUMBER_LIKE.matcher(r.body()).results().map(m -> m.group(1) + m.group(2) + m.group(3))
                        .filter(RecognitionNumber::isValid).map(n -> n + " in " + r.url()))
                .toList();
        assertThat(numberShaped).as("anything shaped like a recognition number").isEmpty();
        System.out.println("GGD browser: " + bodies.size() + " response bodies checked, "
                + bodies.stream().filter(r -> r.url().contains("v-r=uidl")).count() + " of them UIDL answers");
    }

    /** The client's own scripts, styles and fonts, built before the portal held any data. */
    static boolean builtBeforeAnyData(String url) {
        String path = url.replaceAll("\\?.*", "");
        return path.contains("/VAADIN/") && !url.contains("v-r=") || path.matches(".*\\.(js|css|woff2?|ttf|svg|png)$");
    }
}
