package nl.erkenningsportaal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.UUID;
import java.util.regex.Pattern;
import nl.erkenningsportaal.consultation.ConsultationFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * WCAG 2.1.1 (keyboard): a worker requests recognition and books, moves the GGD consultation with the keyboard
 * only — Tab and Shift+Tab to move, typing, arrow keys, Enter and Space; no mouse click on the way. Every step
 * checks where the focus is, so a control that Tab cannot reach fails the test. Screenshots:
 * target/screenshots/keyboard-*.png (the focus ring shows where the keyboard is).
 */
class KeyboardOnlyBrowserIT extends BrowserTest {

    static final String PASSWORD = "een lang wachtwoord 2026";

    @Autowired
    ConsultationFixtures consultations;

    private void type(String label, String text) {
        tabTo(page.getByLabel(label, new Page.GetByLabelOptions().setExact(true)), 30);
        page.keyboard().type(text);
    }

    /**
     * Types into a combo box until the option shows (the list is filtered on the server), then picks it with the
     * arrow key and Enter.
     */
    private void choose(String label, String option, boolean several) {
        tabTo(page.getByLabel(label, new Page.GetByLabelOptions().setExact(true)), 30);
        // the shown one: the list reuses item elements, and a hidden one may still hold the same text
        Locator item = page.locator("[role=option]:visible").filter(new Locator.FilterOptions()
                .setHasText(java.util.regex.Pattern.compile("^\\s*" + option + "\\s*$"))).first();
        for (int attempt = 1; ; attempt++) {
            // on a busy machine the filtered list can miss a keystroke: select what was typed and type it again
            page.keyboard().press("Control+A");
            page.keyboard().type(option);
            try {
                item.waitFor(new Locator.WaitForOptions().setTimeout(7_000));
                break;
            } catch (com.microsoft.playwright.TimeoutError notShown) {
                screenshot("keyboard-no-option-" + attempt);
                if (attempt == 3) {
                    throw notShown;
                }
            }
        }
        page.keyboard().press("ArrowDown");
        page.keyboard().press("Enter");
        if (several) {
            // a chosen language shows as a chip beside the field
            page.locator("vaadin-multi-select-combo-box-chip").filter(new Locator.FilterOptions().setHasText(option))
                    .first().waitFor(ATTACHED);
        } else {
            com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(page.getByLabel(label,
                    new Page.GetByLabelOptions().setExact(true))).hasValue(option);
        }
    }

    @Test
    void a_worker_requests_recognition_and_books_the_ggd_with_the_keyboard_only() {
        // two coming sessions at GGD Assen: every coming session starts folded
        consultations.sessionNextWeek(2);
        consultations.sessionNextWeek(2);
        String username = "toetsen-" + UUID.randomUUID().toString().substring(0, 6);

        // sign up
        open("registreren");
        type("Gebruikersnaam", username);
        type("Wachtwoord", PASSWORD);
        type("Herhaal het nieuwe wachtwoord", PASSWORD);
        tabTo(page.getByRole(AriaRole.CHECKBOX), 10);
        page.keyboard().press("Space");
        tabTo(button("Account aanmaken"), 10);
        page.keyboard().press("Enter");
        page.waitForURL(u -> u.endsWith("/login"));
        settle();

        // log in
        type("Gebruikersnaam", username);
        type("Wachtwoord", PASSWORD);
        page.keyboard().press("Enter");
        page.waitForURL(u -> !u.contains("login"));
        settle();

        // the request: from the menu, with the keyboard
        Locator menuLink = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Mijn erkenning"));
        tabTo(menuLink, 30);
        page.keyboard().press("Enter");
        page.waitForURL(u -> u.endsWith("/mijn-aanvraag"));
        settle();
        type("Naam zoals in uw paspoort of identiteitskaart", "Toetsenbord Gebruiker");
        type("Geboortedatum", "1-5-1990");
        // typing does not open the calendar (it would hide the page from assistive technology while open); Enter
        // takes the typed date
        page.keyboard().press("Enter");
        assertThat(page.locator("vaadin-date-picker[opened]").count()).as("the calendar stays closed").isZero();
        com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(page.getByLabel("Geboortedatum",
                new Page.GetByLabelOptions().setExact(true))).hasValue("1-5-1990");
        choose("Nationaliteit", "Polen", false);
        choose("Talen die u spreekt", "Pools", true);
        page.keyboard().press("Tab");
        type("Straat van het werkadres", "Kerkstraat");
        type("Huisnummer", "5");
        type("Postcode", "9401 AB");
        type("Plaats", "Assen");
        screenshot("keyboard-1-request-form");
        tabTo(button("Aanvraag versturen"), 30);
        page.keyboard().press("Enter");
        page.getByText("Uw aanvraag is binnen").waitFor();
        screenshot("keyboard-2-request-sent");

        // the booking: Shift+Tab back to the menu, then the first free place with Enter
        Locator bookingLink = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Spreekuur GGD"));
        tabTo(bookingLink, 60, "Shift+Tab");
        page.keyboard().press("Enter");
        page.waitForURL(u -> u.endsWith("/spreekuur"));
        settle();
        // a folded session opens with Enter on its summary, and its times come from the server then
        Locator sessions = page.locator("details.portal-session");
        int folded = ((Number) page.evaluate("() => Array.from(document.querySelectorAll('details.portal-session'))"
                + ".findIndex(d => !d.open)")).intValue();
        assertThat(folded).as("a folded session").isNotNegative();
        Locator opened = sessions.nth(folded);
        tabTo(opened.locator("summary"), 60);
        page.keyboard().press("Enter");
        // the times arrive and are shown: a role locator only finds what assistive technology can reach
        Locator times = opened.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions()
                .setName(Pattern.compile("^Afspraak maken ")));
        times.first().waitFor();
        assertThat((Boolean) opened.evaluate("d => d.open")).as("the session opened").isTrue();
        assertThat(times.first().isVisible()).as("its times are shown").isTrue();
        Locator book = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                .setName(Pattern.compile("^Afspraak maken .*GGD Assen"))).first();
        tabTo(book, 60, "Shift+Tab");
        page.keyboard().press("Enter");
        Locator dialog = openDialog();
        dialog.waitFor(ATTACHED);
        // choose the language with the arrow keys: the select opens with Space, ArrowDown moves, Enter picks
        tabTo(page.getByLabel("In welke taal wilt u geholpen worden?"), 10);
        page.keyboard().press("Space");
        page.keyboard().press("ArrowDown");
        page.keyboard().press("Enter");
        screenshot("keyboard-3-booking-dialog");
        tabTo(dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Afspraak maken")), 15);
        page.keyboard().press("Space");
        page.getByText("Uw afspraak staat vast.").waitFor();
        Locator move = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                .setName(Pattern.compile("^Verzetten "))).first();
        move.waitFor();
        screenshot("keyboard-4-booked");

        // and moved to another time, still by keyboard
        page.keyboard().press("Shift+Tab");
        tabTo(move, 60);
        page.keyboard().press("Enter");
        dialog.waitFor(ATTACHED);
        // the booking's moment and place ("date, time — place") as the worker's list shows it, and another time
        Locator mine = page.locator("main section").first();
        String booked = mine.locator("li span").first().innerText().strip();
        page.keyboard().press("Tab");
        Locator other = dialog.getByRole(AriaRole.BUTTON).filter(new Locator.FilterOptions().setHasText("GGD Assen")
                .setHasNotText(booked)).first();
        tabTo(other, 30);
        String chosen = other.innerText().strip();
        page.keyboard().press("Enter");
        page.getByText("Uw afspraak is verzet.").waitFor();
        screenshot("keyboard-5-moved");
        com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(mine).containsText(chosen);
        assertThat(mine.innerText()).as("no longer at the old time").doesNotContain(booked);
        assertThat(mine.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions()
                .setName(Pattern.compile("^Verzetten "))).count()).as("still one booking, now moved").isEqualTo(1);
    }
}
