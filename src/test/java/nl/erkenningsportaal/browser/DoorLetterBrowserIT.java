package nl.erkenningsportaal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Media;
import java.nio.file.Files;
import nl.erkenningsportaal.account.TestAccounts;
import nl.erkenningsportaal.platform.Roles;
import nl.erkenningsportaal.recognition.DoorRegistration;
import nl.erkenningsportaal.recognition.IntakeChecklist;
import nl.erkenningsportaal.recognition.OfficerRecognitionService;
import nl.erkenningsportaal.recognition.RecognitionFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The letter a worker registered at the door takes home, in real Chromium: on screen with the officer's hints, and
 * as printed on A4 (print media, and a PDF in target/screenshots) with only the letter on the paper, in her
 * language (Portuguese here), accessible.
 */
class DoorLetterBrowserIT extends BrowserTest {

    @Autowired
    OfficerRecognitionService officers;

    @Autowired
    RecognitionFixtures recognitions;

    @Autowired
    nl.erkenningsportaal.account.TestAccounts accounts;

    @Test
    void the_letter_prints_on_a4_in_her_language_with_only_the_letter_on_the_paper() throws Exception {
        accounts.signInAs(Roles.OFFICER, "GM0106");
        long id = officers.registerAtDoor(new DoorRegistration(RecognitionFixtures.identity("Carta Impressa", "9401 AB"),
                new IntakeChecklist(true, true, true, true, true),
                RecognitionFixtures.consentAtDoor(recognitions.privacyStatementVersion()))).requestId();
        TestAccounts.signOut();

        login("handhaver.assen", "demo-portaal-2026");
        open("handhaving/brief/" + id);
        button("Nieuwe brief met nieuwe code maken").click();
        page.locator("article.portal-letter").waitFor();
        settle();
        assertThat(page.locator("article.portal-letter").getAttribute("lang")).isEqualTo("pt");
        assertThat(page.locator("main h1").innerText()).isEqualTo("Informações sobre os seus dados");
        screenshot("door-letter-screen");
        assertAccessible("the door letter");

        page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
        screenshot("door-letter-print");
        assertThat(page.locator(".portal-letter-tools").isVisible()).as("the officer's hints stay off the paper")
                .isFalse();
        assertThat(page.locator(".portal-header").isVisible()).as("the portal's header stays off the paper").isFalse();
        assertThat(page.locator("article.portal-letter").isVisible()).isTrue();
        String printed = page.locator("article.portal-letter").innerText();
        assertThat(printed).contains("Sem conta", "Município de Assen").doesNotContain("Carta Impressa");
        byte[] pdf = page.pdf(new Page.PdfOptions().setPreferCSSPageSize(true)
                .setPath(SCREENSHOTS.resolve("door-letter.pdf")));
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        assertThat(Files.size(SCREENSHOTS.resolve("door-letter.pdf"))).isPositive();
        // one sheet of A4 (595 x 842 points), the page size the print style sheet asks for
        String raw = new String(pdf, java.nio.charset.StandardCharsets.ISO_8859_1);
        var box = java.util.regex.Pattern.compile("/MediaBox \\[0 0 ([0-9.]+) ([0-9.]+)\\]").matcher(raw);
        assertThat(box.find()).isTrue();
        assertThat(Double.parseDouble(box.group(1))).isCloseTo(595, org.assertj.core.data.Offset.offset(2.0));
        assertThat(Double.parseDouble(box.group(2))).isCloseTo(842, org.assertj.core.data.Offset.offset(2.0));
        assertThat(raw).as("the letter fits on one page").contains("/Count 1");
        page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.SCREEN));
    }
}
