package nl.erkenningsportaal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.UUID;
import nl.erkenningsportaal.recognition.RecognitionNumber;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The recognition story in real Chromium: a worker signs up and requests recognition in Dutch; the Assen officer
 * finds it in the worklist, opens the identity, plans the intake, records it and recognises; the worker sees the
 * number. axe-core checks every page on the way. Screenshots in target/screenshots/story-*.png.
 */
class RecognitionStoryBrowserIT extends BrowserTest {

    @Autowired
    JdbcTemplate jdbc;

    static final String PASSWORD = "een lang wachtwoord 2026";

    @Test
    void a_worker_requests_recognition_online_and_the_assen_officer_recognises() {
        String username = "story-" + UUID.randomUUID().toString().substring(0, 6);

        // the worker signs up, without e-mail, with consent
        open("registreren");
        assertAccessible("sign-up");
        signUp(username, PASSWORD);

        login(username, PASSWORD);
        open("mijn-aanvraag");
        screenshot("story-1-request-form");
        assertAccessible("the request form");
        fillRequestForm("Łucja O'Brien-Ñúñez");
        button("Aanvraag versturen").click();
        page.getByText("Uw aanvraag is binnen").waitFor();
        screenshot("story-2-submitted");
        assertAccessible("the status page");
        logout();

        // the officer of Assen processes it: the worklist (oldest first) holds other tests' requests as well, so she
        // opens this one by its number, as from a link
        long request = jdbc.queryForObject("SELECT r.id FROM recognition_request r JOIN user_account a "
                + "ON a.id = r.worker_account_id WHERE a.username = ?", Long.class, username);
        login("handhaver.assen", "demo-portaal-2026");
        open("handhaving");
        assertAccessible("the worklist");
        open("handhaving/aanvraag/" + request);
        assertThat(page.locator("main").innerText()).doesNotContain("Łucja");
        button("Identiteit openen").click();
        page.getByText("Kies een reden. Zonder reden gaat niets open.").waitFor();
        chooseReason("Intakegesprek");
        button("Identiteit openen").click();
        page.getByText("Łucja O'Brien-Ñúñez").waitFor();
        screenshot("story-3-officer-request");
        assertAccessible("the request page with the identity open");

        button("Gesprek vastleggen").click();
        for (String item : new String[] {"De regels zijn uitgelegd", "Verteld over de zorg van de GGD",
                "Identiteitsbewijs gecontroleerd", "Werkt vrijwillig", "Zorg of een uitstapprogramma aangeboden"}) {
            page.getByLabel(item).check();
        }
        button("Opslaan").click();
        page.getByText("Werkt vrijwillig: Ja").waitFor();
        button("Erkennen").click();
        page.getByText("Erkenningsnummer", new Page.GetByTextOptions().setExact(false)).first().waitFor();
        logout();

        // the worker sees the number
        login(username, PASSWORD);
        open("mijn-aanvraag");
        String number = page.locator(".portal-secret").first().innerText();
        assertThat(RecognitionNumber.parse(number)).isPresent();
        screenshot("story-4-recognised");
        assertAccessible("the recognised status page");
        open("mijn-aanvraag/kaart");
        assertThat(page.locator(".portal-card").innerText()).contains("Assen").doesNotContain("Kerkstraat",
                "Łucja");
        assertAccessible("the printable card");
    }

    private void logout() {
        button("Uitloggen").click();
        page.waitForURL(u -> u.endsWith("/") || u.contains("login"));
        settle();
    }
}
