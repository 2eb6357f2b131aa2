package nl.erkenningsportaal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.erkenningsportaal.notification.SmtpInbox;
import nl.erkenningsportaal.recognition.RecognitionFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The contact stories of issue 19 in real Chromium, axe-core on every page: a visitor without an account asks Assen a
 * question and reads the answer through the link in a discreet mail; a worker asks for exit support and reads the
 * Assen officer's message on her help page; a worker without e-mail who forgot her password gets a code from the
 * officer in person and logs in again. Screenshots in target/screenshots/contact-*.png.
 */
class ContactStoryBrowserIT extends BrowserTest {

    static final Pattern ANSWER_LINK = Pattern.compile("https?://[^\\s]+/antwoord/[A-Za-z0-9_-]{20,100}");

    @Autowired
    ApplicationContext ctx;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    RecognitionFixtures fixtures;

    void choose(String option) {
        page.getByLabel(option, new Page.GetByLabelOptions().setExact(true)).check();
    }

    void logout() {
        button("Uitloggen").click();
        page.waitForURL(u -> u.endsWith("/") || u.contains("login"));
        settle();
    }

    @Test
    void a_visitor_without_an_account_asks_a_question_and_reads_the_answer_through_the_mailed_link() {
        String address = "vraag-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        String question = "Moet ik erkend zijn voor het spreekuur? " + UUID.randomUUID().toString().substring(0, 6);
        open("vraag-stellen");
        assertAccessible("the question form");
        choose("Assen");
        page.getByLabel("Uw vraag").fill(question);
        page.getByLabel("Ja, per e-mail").check();
        page.getByLabel("E-mailadres").fill(address);
        screenshot("contact-1-question");
        page.waitForTimeout(3_500); // a person takes longer than the form's minimum fill time
        button("Vraag versturen").click();
        page.getByText("Uw vraag is verstuurd").waitFor();
        assertAccessible("the question sent");

        long id = jdbc.queryForObject("SELECT MAX(id) FROM contact_question WHERE municipality_id = 'GM0106'",
                Long.class);
        login("handhaver.assen", "demo-portaal-2026");
        open("handhaving/vragen");
        assertAccessible("the questions list");
        open("handhaving/vragen/vraag/" + id);
        assertThat(page.locator("main").innerText()).contains(question, address);
        assertAccessible("the question page");
        page.getByLabel("Antwoord", new Page.GetByLabelOptions().setExact(true))
                .fill("Nee, het spreekuur van de GGD is voor iedereen en gratis.");
        button("Antwoord versturen").click();
        page.getByText("Beantwoord per e-mail").first().waitFor();
        assertThat(page.locator("main").innerText()).doesNotContain(address);
        logout();

        List<SmtpInbox.Received> mails = SmtpInbox.sendAndRead(ctx, address);
        assertThat(mails).hasSize(1);
        assertThat(mails.getFirst().text()).doesNotContain("spreekuur").doesNotContainIgnoringCase("erken");
        Matcher link = ANSWER_LINK.matcher(mails.getFirst().text());
        assertThat(link.find()).isTrue();
        String path = link.group().substring(link.group().indexOf("/antwoord/") + 1);

        BrowserContext fresh = browser().newContext();
        try {
            page = fresh.newPage();
            open(path);
            assertThat(page.locator("main").innerText()).contains(question,
                    "Nee, het spreekuur van de GGD is voor iedereen en gratis.");
            screenshot("contact-2-answer");
            assertAccessible("the answer page");
        } finally {
            fresh.close();
        }
    }

    @Test
    void a_worker_asks_for_exit_support_and_reads_the_assen_officers_message_on_her_help_page() {
        String username = "hulp-" + UUID.randomUUID().toString().substring(0, 6);
        String password = "een lang wachtwoord 2026";
        signUp(username, password);
        login(username, password);
        open("hulp-vragen");
        assertAccessible("the help page");
        page.getByLabel("Stoppen met sekswerk (uitstappen)").check();
        choose("Assen");
        page.getByLabel("Een bericht in dit portaal", new Page.GetByLabelOptions().setExact(true)).check();
        page.getByLabel("Wat wilt u alvast vertellen? (niet verplicht)").fill("Liefst op maandag");
        button("Vraag om contact").click();
        page.getByText("Uw hulpvragen").waitFor();
        screenshot("contact-3-help-asked");
        assertAccessible("the help page with a request");
        logout();

        long id = jdbc.queryForObject("SELECT c.id FROM care_request c JOIN user_account a ON a.id = c.account_id "
                + "WHERE a.username = ?", Long.class, username);
        login("handhaver.assen", "demo-portaal-2026");
        open("hulpvragen");
        assertAccessible("the help requests list");
        open("hulpvragen/hulpvraag/" + id);
        assertThat(page.locator("main").innerText()).contains("Liefst op maandag").doesNotContain(username);
        page.getByLabel("Bericht aan de vrager").fill("Zullen we maandag om 10 uur bellen?");
        button("Versturen").click();
        page.getByText("Mee bezig").first().waitFor();
        assertAccessible("the help request page");
        logout();

        login(username, password);
        open("hulp-vragen");
        assertThat(page.locator("main").innerText()).contains("Zullen we maandag om 10 uur bellen?", "Mee bezig");
        screenshot("contact-4-message-read");
    }

    @Test
    void a_worker_without_e_mail_recovers_her_access_with_a_code_from_the_officer() {
        long request = fixtures.submittedInAssen("Herstel In De Browser");
        String username = jdbc.queryForObject("SELECT a.username FROM user_account a JOIN recognition_request r "
                + "ON r.worker_account_id = a.id WHERE r.id = ?", String.class, request);

        login("handhaver.assen", "demo-portaal-2026");
        open("handhaving/aanvraag/" + request);
        button("Herstelcode voor wachtwoord").click();
        openDialog();
        page.getByLabel("Ik heb haar zelf gezien en weet dat deze aanvraag van haar is").check();
        button("Code maken").click();
        Locator secret = page.locator("vaadin-dialog-overlay .portal-secret, vaadin-dialog .portal-secret").first();
        secret.waitFor();
        String code = secret.innerText().strip();
        assertAccessible("the recovery code dialog");
        button("Sluiten").click();
        logout();

        open("login");
        page.getByText("Geen e-mailadres in het portaal?", new Page.GetByTextOptions().setExact(false)).click();
        page.waitForURL(u -> u.contains("toegang-herstellen"));
        settle();
        assertAccessible("the recovery page");
        String newPassword = "nieuw wachtwoord na herstel";
        page.getByLabel("Herstelcode").fill(code);
        page.getByLabel("Nieuw wachtwoord", new Page.GetByLabelOptions().setExact(true)).fill(newPassword);
        page.getByLabel("Nieuw wachtwoord nog een keer").fill(newPassword);
        button("Wachtwoord instellen").click();
        page.getByText("Uw gebruikersnaam is: " + username).waitFor();
        screenshot("contact-5-recovered");

        login(username, newPassword);
        assertThat(page.url()).doesNotContain("login");
    }
}
