package nl.erkenningsportaal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.UUID;
import nl.erkenningsportaal.recognition.RecognitionNumber;
import org.junit.jupiter.api.Test;

/**
 * The recognition story in real Chromium: a worker signs up and requests recognition in Dutch; the Assen officer
 * finds it in the worklist, opens the identity, plans the intake, records it and recognises; the worker sees the
 * number. axe-core checks every page on the way. Screenshots in target/screenshots/story-*.png.
 */
class RecognitionStoryBrowserTest extends BrowserTest {

    static final String PASSWORD = "een lang wachtwoord 2026";

    @Test
    void a_worker_requests_recognition_online_and_the_assen_officer_recognises() {
        String username = "story-" + UUID.randomUUID().toString().substring(0, 6);

        // the worker signs up, without e-mail, with consent
        open("registreren");
        assertAccessible("sign-up");
        page.getByLabel("Gebruikersnaam").fill(username);
        page.getByLabel("Wachtwoord", new Page.GetByLabelOptions().setExact(true)).fill(PASSWORD);
        page.getByLabel("Herhaal het nieuwe wachtwoord").fill(PASSWORD);
        page.getByText("Ik geef toestemming").click();
        button("Account aanmaken").click();
        page.waitForURL(u -> u.endsWith("/login"));
        settle();

        login(username, PASSWORD);
        open("mijn-aanvraag");
        screenshot("story-1-request-form");
        assertAccessible("the request form");
        page.getByLabel("Naam zoals in uw paspoort of identiteitskaart").fill("Łucja O'Brien-Ñúñez");
        page.getByLabel("Geboortedatum").fill("1-5-1990");
        page.getByLabel("Geboortedatum").press("Enter");
        pick("Nationaliteit", "Polen");
        pick("Talen die u spreekt", "Pools");
        page.getByLabel("Straat van het werkadres").fill("Kerkstraat");
        page.getByLabel("Huisnummer").fill("3");
        page.getByLabel("Postcode").fill("9401 AB");
        page.getByLabel("Plaats").fill("Assen");
        button("Aanvraag versturen").click();
        page.getByText("Uw aanvraag is binnen").waitFor();
        screenshot("story-2-submitted");
        assertAccessible("the status page");
        logout();

        // the officer of Assen processes it
        login("handhaver.assen", "demo-portaal-2026");
        open("handhaving");
        assertAccessible("the worklist");
        // oldest first: the request just sent is the last row
        page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText("Online")).last()
                .click();
        page.waitForURL(u -> u.contains("handhaving/aanvraag/"));
        settle();
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

    private Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private void pick(String label, String option) {
        Locator field = page.getByLabel(label);
        field.click();
        field.fill(option);
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(option).setExact(true)).first().click();
        // close the overlay with Tab: two Escapes in a row would take the quick exit
        page.keyboard().press("Tab");
    }

    private void logout() {
        button("Uitloggen").click();
        page.waitForURL(u -> u.endsWith("/") || u.contains("login"));
        settle();
    }
}
