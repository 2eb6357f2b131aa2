package nl.erkenningsportaal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Media;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/**
 * The leaflet for the door in real Chromium (issue 21): printed on A4 in Thai and in Bulgarian, each beside the
 * Dutch, with every letter drawn by an installed font (no empty boxes), only the leaflet on the paper, accessible on
 * screen. The PDFs land in target/screenshots (leaflet-th.pdf, leaflet-bg.pdf); docs/leaflets holds copies.
 */
class LeafletBrowserIT extends BrowserTest {

    record Printed(String code, String languageName, String ownLetters) {}

    @Test
    void the_leaflet_prints_in_thai_and_bulgarian_beside_the_dutch_with_every_letter_drawn() throws Exception {
        login("handhaver.assen", "demo-portaal-2026");
        open("handhaving/folder");
        page.locator(".portal-leaflet").waitFor();
        assertAccessible("the leaflet page");
        for (Printed printed : List.of(new Printed("th", "ไทย", "[\\u0E00-\\u0E7F]"),
                new Printed("bg", "Български", "[\\u0400-\\u04FF]"))) {
            page.locator("vaadin-select").filter(new Locator.FilterOptions().setHasText("Taal van de folder")).click();
            page.getByRole(AriaRole.LISTBOX).getByRole(AriaRole.OPTION, new Locator.GetByRoleOptions()
                    .setName(printed.languageName()).setExact(true)).click();
            settle();
            Locator beside = page.getByLabel("Met de Nederlandse tekst ernaast");
            if (!beside.isChecked()) {
                beside.check();
            }
            settle();
            page.locator("article.portal-leaflet-side[lang=" + printed.code() + "]").waitFor();
            assertThat(page.locator("article.portal-leaflet-side").count()).isEqualTo(2);

            page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
            screenshot("leaflet-" + printed.code() + "-print");
            assertThat(page.locator(".portal-leaflet-tools").isVisible()).as("the officer's hints stay off the paper")
                    .isFalse();
            assertThat(page.locator(".portal-header").isVisible()).isFalse();
            assertThat(page.locator("main h1").isVisible()).as("the screen's title stays off the paper").isFalse();
            String side = page.locator("article.portal-leaflet-side[lang=" + printed.code() + "]").innerText();
            assertThat(side).containsPattern(printed.ownLetters()).contains("112", "0800-7000", "0800-2000");
            @SuppressWarnings("unchecked")
            List<String> missing = (List<String>) page.evaluate(ScriptsBrowserIT.MISSING_GLYPHS);
            assertThat(missing).as("letters no installed font draws").isEmpty();
            assertThat((Boolean) page.evaluate("() => [...document.querySelectorAll('img.portal-leaflet-qr')]"
                    + ".every(i => i.complete && i.naturalWidth > 0)")).as("the QR code is drawn").isTrue();

            byte[] pdf = page.pdf(new Page.PdfOptions().setPreferCSSPageSize(true)
                    .setPath(SCREENSHOTS.resolve("leaflet-" + printed.code() + ".pdf")));
            String raw = new String(pdf, StandardCharsets.ISO_8859_1);
            assertThat(raw).startsWith("%PDF-");
            Matcher box = Pattern.compile("/MediaBox \\[0 0 ([0-9.]+) ([0-9.]+)\\]").matcher(raw);
            assertThat(box.find()).isTrue();
            assertThat(Double.parseDouble(box.group(1))).as("A4 wide").isCloseTo(595, Offset.offset(2.0));
            assertThat(Double.parseDouble(box.group(2))).as("A4 high").isCloseTo(842, Offset.offset(2.0));
            assertThat(raw).as("fonts embedded in the PDF").contains("/FontFile");
            page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.SCREEN));
        }
    }
}
