package nl.erkenningsportaal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import nl.erkenningsportaal.account.SignedInUser;
import nl.erkenningsportaal.account.TestAccounts;
import nl.erkenningsportaal.platform.Roles;
import nl.erkenningsportaal.recognition.DeclineReason;
import nl.erkenningsportaal.recognition.NewRequest;
import nl.erkenningsportaal.recognition.OfficerRecognitionService;
import nl.erkenningsportaal.recognition.RecognisedWorkers;
import nl.erkenningsportaal.recognition.RecognitionFixtures;
import nl.erkenningsportaal.recognition.WorkerRecognitionService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What comes after the first request, in real Chromium (issue 19): a declined worker objects and the Assen officer
 * takes each step until the objection is upheld; a recognised worker moves from Assen to De Wolden, De Wolden takes
 * the recognition over and Assen then finds nothing. axe-core checks the new pages. Screenshots in
 * target/screenshots/lifecycle-*.png. The first request is made through the services: its story is
 * {@link RecognitionStoryBrowserIT}.
 */
class LifecycleStoryBrowserIT extends BrowserTest {

    /** The password {@link RecognitionFixtures#signedInWorker()} gives a worker. */
    static final String WORKER_PASSWORD = "a long enough password";
    static final String STAFF_PASSWORD = "demo-portaal-2026";

    @Autowired RecognitionFixtures fixtures;
    @Autowired RecognisedWorkers recognised;
    @Autowired WorkerRecognitionService workers;
    @Autowired OfficerRecognitionService officers;
    @Autowired TestAccounts accounts;
    @Autowired JdbcTemplate jdbc;

    @Test
    void a_declined_worker_objects_and_the_assen_officer_upholds_it_step_by_step() {
        SignedInUser worker = fixtures.signedInWorker();
        long id = workers.submit(new NewRequest(RecognitionFixtures.identity("Ana Lima", "9401 AB"), null));
        accounts.signInAs(Roles.OFFICER, "GM0106");
        officers.decline(id, DeclineReason.NO_SEX_WORK_AT_ADDRESS, "Bij het bezoek was er niemand.");
        TestAccounts.signOut();

        login(worker.username(), WORKER_PASSWORD);
        open("mijn-aanvraag");
        page.getByText("Reden: Op dit adres vindt geen sekswerk plaats.").waitFor();
        assertThat(page.locator("main").innerText()).contains("Bezwaar maken kost niets", "Assen");
        assertAccessible("the decision with how to object");
        page.getByLabel("Waarom bent u het niet eens met het besluit?").fill("Ik werk daar op dinsdag en donderdag.");
        button("Bezwaar indienen").click();
        page.getByText("Ingediend op", new Page.GetByTextOptions().setExact(false)).first().waitFor();
        screenshot("lifecycle-1-objection-lodged");
        assertAccessible("her objection, lodged");
        logout();

        login("handhaver.assen", STAFF_PASSWORD);
        open("handhaving/aanvraag/" + id);
        button("Ontvangst bevestigen").click();
        page.getByText("Ontvangst bevestigd op", new Page.GetByTextOptions().setExact(false)).first().waitFor();
        button("Geen hoorzitting").click();
        openDialog();
        page.getByLabel("het bezwaar wordt volledig toegewezen").check();
        button("Opslaan").click();
        page.getByText("Geen hoorzitting: het bezwaar wordt volledig toegewezen").waitFor();
        button("Beslissen op het bezwaar").click();
        openDialog();
        page.getByLabel("gegrond: het besluit is herroepen").check();
        page.getByLabel("Motivering van de beslissing").fill("Het rooster toont dat u er werkt.");
        button("Beslissen op het bezwaar").last().click();
        page.getByText("Beslist op", new Page.GetByTextOptions().setExact(false)).first().waitFor();
        screenshot("lifecycle-2-objection-decided");
        assertAccessible("the request page with the objection decided");
        logout();

        login(worker.username(), WORKER_PASSWORD);
        open("mijn-aanvraag");
        page.getByText("Het rooster toont dat u er werkt.").waitFor();
        assertThat(page.locator("main").innerText()).contains("gegrond: het besluit is herroepen");
        screenshot("lifecycle-3-objection-upheld");
    }

    @Test
    void a_recognised_worker_moves_from_assen_to_de_wolden_keeping_her_number_and_assen_loses_access() {
        RecognisedWorkers.Recognised w = recognised.inAssen("Bia Souza");
        long id = workers.myRequestIds().getFirst();
        TestAccounts.signOut();

        login(w.worker().username(), WORKER_PASSWORD);
        open("mijn-aanvraag");
        page.getByLabel("Postcode van het nieuwe werkadres").fill("7921 AB");
        button("Bekijken wat er gebeurt").click();
        page.getByText("De Wolden doet mee", new Page.GetByTextOptions().setExact(false)).waitFor();
        page.getByLabel("Straat van het werkadres").fill("Hoofdstraat");
        page.getByLabel("Huisnummer").fill("3");
        page.getByLabel("Plaats").fill("Zuidwolde");
        button("Verhuizing doorgeven").click();
        page.getByText("U heeft een verhuizing naar De Wolden doorgegeven", new Page.GetByTextOptions()
                .setExact(false)).waitFor();
        screenshot("lifecycle-4-move-reported");
        assertAccessible("her page with the move reported");
        logout();

        long transferId = jdbc.queryForObject("SELECT id FROM recognition_transfer WHERE request_id = ?", Long.class,
                id);
        login("handhaver.dewolden", STAFF_PASSWORD);
        open("handhaving");
        page.getByText("Ook te doen: ", new Page.GetByTextOptions().setExact(false)).click();
        page.waitForURL(u -> u.endsWith("handhaving/ook-te-doen"));
        settle();
        chooseReason("Verhuizing naar onze gemeente");
        Locator transfer = page.locator("div").filter(new Locator.FilterOptions().setHas(
                page.getByText("Verhuizing #" + transferId + " uit Assen", new Page.GetByTextOptions()
                        .setExact(false)))).last();
        transfer.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new Locator.GetByRoleOptions().setName("Nieuw werkadres openen").setExact(true)).click();
        page.getByText("Hoofdstraat 3, 7921 AB Zuidwolde").waitFor();
        assertAccessible("the page with a transfer to take over");
        transfer.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new Locator.GetByRoleOptions().setName("Overnemen").setExact(true)).click();
        settle();
        open("handhaving/aanvraag/" + id);
        assertThat(page.locator("main").innerText()).contains("Erkend").doesNotContain("Pagina niet gevonden");
        logout();

        login("handhaver.assen", STAFF_PASSWORD);
        open("handhaving/aanvraag/" + id);
        page.getByText("Pagina niet gevonden").first().waitFor();
        logout();

        login(w.worker().username(), WORKER_PASSWORD);
        open("mijn-aanvraag");
        page.getByText("De Wolden heeft uw erkenning overgenomen", new Page.GetByTextOptions().setExact(false))
                .waitFor();
        assertThat(page.locator(".portal-secret").first().innerText().replace("-", ""))
                .isEqualTo(w.number());
        screenshot("lifecycle-5-moved");
    }

    @Test
    void in_the_grace_period_she_asks_to_renew_and_after_the_conversation_keeps_her_number() {
        RecognisedWorkers.Recognised w = recognised.inAssen("Carla Melo");
        long id = workers.myRequestIds().getFirst();
        TestAccounts.signOut();
        jdbc.update("UPDATE recognition_request SET status = 'ENDED', end_reason = 'EXPIRED', valid_until = ? "
                + "WHERE id = ?", java.time.LocalDate.now().minusDays(10), id);

        login(w.worker().username(), WORKER_PASSWORD);
        open("mijn-aanvraag");
        page.getByText("Uw erkenning is verlopen op", new Page.GetByTextOptions().setExact(false)).waitFor();
        button("Verlenging aanvragen").click();
        page.getByText("U heeft verlenging aangevraagd", new Page.GetByTextOptions().setExact(false)).waitFor();
        screenshot("lifecycle-6-renewal-asked");
        assertAccessible("her page with the renewal asked");
        logout();

        login("handhaver.assen", STAFF_PASSWORD);
        open("handhaving/aanvraag/" + id);
        button("Verlengingsgesprek vastleggen").click();
        openDialog();
        for (String item : new String[] {"De regels zijn uitgelegd", "Verteld over de zorg van de GGD",
                "Identiteitsbewijs gecontroleerd", "Werkt vrijwillig", "Zorg of een uitstapprogramma aangeboden"}) {
            page.getByLabel(item).check();
        }
        button("Opslaan").click();
        page.getByText("Verlengingsgesprek vastgelegd: de checklist is volledig.").waitFor();
        button("Verlengen").click();
        page.getByText("Verlengd op", new Page.GetByTextOptions().setExact(false)).waitFor();
        assertAccessible("the request page with the renewal done");
        logout();

        login(w.worker().username(), WORKER_PASSWORD);
        open("mijn-aanvraag");
        assertThat(page.locator(".portal-secret").first().innerText().replace("-", "")).isEqualTo(w.number());
        assertThat(page.locator("main").innerText()).contains("Erkend");
        screenshot("lifecycle-7-renewed");
    }

    @Test
    void she_proposes_a_new_phone_number_and_the_officer_confirms_it() {
        RecognisedWorkers.Recognised w = recognised.inAssen("Dora Lopes");
        long id = workers.myRequestIds().getFirst();
        TestAccounts.signOut();

        login(w.worker().username(), WORKER_PASSWORD);
        open("mijn-aanvraag");
        button("Verbetering voorstellen").click();
        openDialog();
        page.getByLabel("Telefoonnummer").fill("+31 6 55554444");
        button("Voorstel versturen").click();
        page.getByText("telefoonnummer — wacht op een handhaver", new Page.GetByTextOptions().setExact(false))
                .waitFor();
        assertAccessible("her page with a correction proposed");
        logout();

        login("handhaver.assen", STAFF_PASSWORD);
        open("handhaving/aanvraag/" + id);
        chooseReason("Gegevens verbeteren");
        button("Oude en nieuwe waarden openen").click();
        page.getByText("telefoonnummer: +31 6 12345678 → +31 6 55554444").waitFor();
        button("Verbetering doorvoeren").click();
        page.getByText("telefoonnummer — doorgevoerd", new Page.GetByTextOptions().setExact(false)).waitFor();
        logout();

        login(w.worker().username(), WORKER_PASSWORD);
        open("mijn-aanvraag");
        page.getByText("telefoonnummer — doorgevoerd", new Page.GetByTextOptions().setExact(false)).waitFor();
        screenshot("lifecycle-8-corrected");
    }

    private void logout() {
        button("Uitloggen").click();
        page.waitForURL(u -> u.endsWith("/") || u.contains("login"));
        settle();
    }
}
