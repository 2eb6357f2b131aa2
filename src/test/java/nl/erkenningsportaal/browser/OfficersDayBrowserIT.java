package nl.erkenningsportaal.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.WaitForSelectorState;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import nl.erkenningsportaal.account.TestAccounts;
import nl.erkenningsportaal.contact.CareTopic;
import nl.erkenningsportaal.contact.ContactMethod;
import nl.erkenningsportaal.contact.NewCareRequest;
import nl.erkenningsportaal.contact.WorkerCareService;
import nl.erkenningsportaal.recognition.ContactPreference;
import nl.erkenningsportaal.recognition.Identity;
import nl.erkenningsportaal.recognition.NewRequest;
import nl.erkenningsportaal.recognition.RecognitionFixtures;
import nl.erkenningsportaal.recognition.RequestReference;
import nl.erkenningsportaal.recognition.WorkerRecognitionService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * One day of the Assen officer, in real Chromium (issue 20): she signs in with her second factor, reads the notices
 * waiting for her, filters the worklist to "unassigned", takes a new request and finds it under "mine", plans its
 * intake, records a door visit with a follow-up and takes that, takes a help request, and ends the day with nothing of
 * what she finished left under "mine". axe-core checks every page she passes. One browser and one application for the
 * whole story; the data she meets is made through the services. Screenshots in target/screenshots/officers-day-*.png.
 */
class OfficersDayBrowserIT extends BrowserTest {

    static final String OFFICER = "handhaver.assen";
    static final String STAFF_PASSWORD = "demo-portaal-2026";
    static final DateTimeFormatter DUTCH_DATE = DateTimeFormatter.ofPattern("d-M-yyyy");

    @Autowired RecognitionFixtures fixtures;
    @Autowired WorkerRecognitionService workers;
    @Autowired WorkerCareService care;
    @Autowired TestAccounts accounts;
    @Autowired JdbcTemplate jdbc;

    @Test
    void the_assen_officer_takes_work_from_unassigned_and_ends_the_day_with_nothing_of_it_left_under_mine() {
        long officer = jdbc.queryForObject("SELECT id FROM user_account WHERE username = ?", Long.class, OFFICER);
        // her day starts with nothing of hers (the demo account is shared with the other stories of this database)
        for (String table : List.of("recognition_request", "outreach_visit", "care_request")) {
            jdbc.update("UPDATE " + table + " SET assignee_account_id = NULL WHERE assignee_account_id = ?", officer);
        }
        String workName = "Dag" + UUID.randomUUID().toString().substring(0, 6);
        fixtures.signedInWorker();
        long request = workers.submit(new NewRequest(new Identity("Mira Dag", LocalDate.of(1994, 6, 2), "RO",
                "Kerkstraat", "12", null, "9401 AB", "Assen", "+31 6 12345678", workName, List.of("ro"),
                ContactPreference.PORTAL), null));
        TestAccounts.signOut();
        accounts.signInAs(nl.erkenningsportaal.platform.Roles.WORKER, null);
        long careRequest = care.ask(new NewCareRequest(CareTopic.EXIT, "GM0106", "nl", ContactMethod.PHONE,
                "0612345678", "Bel mij na vijven"));
        TestAccounts.signOut();
        // the new request is announced to the officers of Assen once its transaction committed
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject("SELECT COUNT(*) FROM staff_alert "
                + "WHERE account_id = ? AND kind = 'REQUEST_SUBMITTED' AND subject_id = ?", Integer.class, officer,
                request) > 0);

        // morning: sign in (password and the code from her app) and read what waits for her
        login(OFFICER, STAFF_PASSWORD);
        open("meldingen");
        page.getByText("Nieuwe aanvraag #" + request).first().waitFor();
        screenshot("officers-day-1-notices");
        assertAccessible("her notices");

        // the worklist, filtered to what nobody has taken yet
        open("handhaving");
        page.locator("#portal-worklist-whose").selectOption("UNASSIGNED");
        page.getByLabel("Zoek op werknaam").fill(workName);
        page.getByLabel("Zoek op werknaam").press("Enter");
        settle();
        String reference = RequestReference.of(request);
        shownCell(reference).waitFor();
        assertAccessible("the worklist filtered to unassigned");
        shownCell(reference).click();
        page.waitForURL(u -> u.endsWith("handhaving/aanvraag/" + request));
        settle();
        button("Aan mij toewijzen").click();
        settle();
        page.getByText("De toewijzing is opgeslagen.").first().waitFor();

        // plan the intake, tomorrow at ten at the work address
        button("Gesprek plannen").click();
        openDialog();
        page.locator("vaadin-dialog[opened] vaadin-date-time-picker input").nth(0)
                .fill(LocalDate.now().plusDays(1).format(DUTCH_DATE));
        page.locator("vaadin-dialog[opened] vaadin-date-time-picker input").nth(0).press("Enter");
        page.locator("vaadin-dialog[opened] vaadin-date-time-picker input").nth(1).fill("10:00");
        page.locator("vaadin-dialog[opened] vaadin-date-time-picker input").nth(1).press("Enter");
        button("Opslaan").click();
        page.locator("vaadin-dialog[opened]").waitFor(new com.microsoft.playwright.Locator.WaitForOptions()
                .setState(WaitForSelectorState.DETACHED));
        settle();
        page.getByText("10:00, Op het werkadres.", new Page.GetByTextOptions().setExact(false)).first().waitFor();
        screenshot("officers-day-2-request-mine-intake-planned");
        assertAccessible("her request with the intake planned");

        // the request is hers now
        open("handhaving");
        page.locator("#portal-worklist-whose").selectOption("MINE");
        page.getByLabel("Zoek op werknaam").fill(workName);
        page.getByLabel("Zoek op werknaam").press("Enter");
        settle();
        shownCell(reference).waitFor();

        // afternoon: a door visit with a follow-up today, which she takes
        String address = "Torenstraat " + workName + ", Assen";
        open("handhaving/outreach");
        button("Bezoek vastleggen").click();
        openDialog();
        page.getByLabel("Adres", new Page.GetByLabelOptions().setExact(true)).fill(address);
        page.locator("vaadin-dialog[opened] vaadin-select").click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Geïnformeerd").setExact(true)).click();
        page.getByLabel("Vervolg op").fill(LocalDate.now().format(DUTCH_DATE));
        page.getByLabel("Vervolg op").press("Enter");
        button("Opslaan").click();
        page.getByText("Opgeslagen.").first().waitFor();
        settle();
        button("Toewijzen: " + address).click();
        openDialog();
        button("Aan mij toewijzen").click();
        page.getByText("toegewezen aan " + OFFICER + " (ik) door " + OFFICER + " (ik)",
                new Page.GetByTextOptions().setExact(false)).waitFor();
        screenshot("officers-day-3-follow-up-assigned");
        assertAccessible("the follow-up's assignment");
        button("Sluiten").click();
        settle();
        page.locator("#portal-follow-ups-whose").selectOption("MINE");
        settle();
        button("Afgehandeld: " + address).waitFor();
        assertAccessible("her follow-ups");
        button("Afgehandeld: " + address).click();
        button("Afgehandeld: " + address).waitFor(new com.microsoft.playwright.Locator.WaitForOptions()
                .setState(WaitForSelectorState.DETACHED));

        // a help request nobody has taken yet: she takes it, calls, and closes it
        open("hulpvragen");
        page.locator("#portal-care-tasks-whose").selectOption("UNASSIGNED");
        settle();
        page.getByText("Hulpvraag " + careRequest + ":", new Page.GetByTextOptions().setExact(false)).click();
        page.waitForURL(u -> u.endsWith("/" + careRequest));
        settle();
        button("Aan mij toewijzen").click();
        page.getByText("toegewezen aan " + OFFICER + " (ik)", new Page.GetByTextOptions().setExact(false))
                .first().waitFor();
        assertAccessible("her help request");
        button("Afsluiten").click();
        button("Ja").click();
        page.getByText("De hulpvraag is afgesloten.").first().waitFor();
        settle();

        // evening: nothing she finished is left under "mine"
        open("hulpvragen");
        page.locator("#portal-care-tasks-whose").selectOption("MINE");
        settle();
        page.getByText("Er staat niets open.").waitFor();
        assertAccessible("her help requests, none open");
        open("handhaving/outreach");
        page.locator("#portal-follow-ups-whose").selectOption("MINE");
        settle();
        assertThat(page.locator("vaadin-button.portal-follow-up-assign").count()).as("her follow-ups").isZero();
        screenshot("officers-day-4-evening");
    }
}
