package nl.erkenningsportaal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import nl.erkenningsportaal.account.Roles;
import nl.erkenningsportaal.account.SignedInUser;
import nl.erkenningsportaal.account.TestAccounts;
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

    private void logout() {
        button("Uitloggen").click();
        page.waitForURL(u -> u.endsWith("/") || u.contains("login"));
        settle();
    }
}
