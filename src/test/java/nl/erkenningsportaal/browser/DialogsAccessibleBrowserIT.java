package nl.erkenningsportaal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.WaitForSelectorState;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import nl.erkenningsportaal.account.TestAccounts;
import nl.erkenningsportaal.consultation.ConsultationFixtures;
import nl.erkenningsportaal.outreach.NewVisit;
import nl.erkenningsportaal.outreach.Outcome;
import nl.erkenningsportaal.outreach.OutreachService;
import nl.erkenningsportaal.platform.Roles;
import nl.erkenningsportaal.recognition.RecognitionFixtures;
import nl.erkenningsportaal.signal.Indicator;
import nl.erkenningsportaal.signal.NewSignal;
import nl.erkenningsportaal.signal.SignalService;
import nl.erkenningsportaal.signal.Urgency;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The staff's dialogs, which no route check sees (they open on a click): axe-core (WCAG 2.1 A/AA) over each, open,
 * and each closes again with its Cancel or Close button. Issue 20's dialogs are among them: the GGD's series change
 * and its preview, the municipality's join/leave dialog with its counts, the reason catalogue's add, change and
 * archive dialogs, a follow-up's assignment dialog and a signal case's assignment. The GGD changes a series with the
 * keyboard only. One sign-in per role. Screenshots: target/screenshots/dialog-*.png.
 */
class DialogsAccessibleBrowserIT extends BrowserTest {

    static final String PASSWORD = "demo-portaal-2026";

    @Autowired
    RecognitionFixtures recognitions;

    @Autowired
    ConsultationFixtures consultations;

    @Autowired
    OutreachService outreach;

    @Autowired
    SignalService signals;

    @Autowired
    TestAccounts accounts;

    @Test
    void the_staff_dialogs_have_no_wcag_2_1_aa_violations() {
        long request = recognitions.submittedInAssen("Dialoog Persoon");
        String address = "Dialoogstraat " + System.nanoTime() + ", Assen";
        TestAccounts.signIn(accounts.create(Roles.OFFICER, "GM0106"));
        outreach.recordVisit(new NewVisit(address, LocalDateTime.now().minusHours(1), null, null, Outcome.INFORMED,
                LocalDate.now(), null));
        long signal = signals.raise(new NewSignal(null, null, Set.of(Indicator.FEAR), null, Urgency.MEDIUM));
        signals.escalate(signal);
        TestAccounts.signOut();
        List<String> findings = new ArrayList<>();

        Map<String, List<String>> officer = new LinkedHashMap<>();
        officer.put("handhaving/aanvraag/" + request, List.of("Gesprek plannen", "Gesprek vastleggen",
                "Meer informatie vragen", "Afwijzen"));
        officer.put("handhaving/outreach", List.of("Bezoek vastleggen", "Advertentie vastleggen",
                "Toewijzen: " + address));
        signIn("handhaver.assen");
        check(officer, findings);
        // the follow-up's assignment dialog, by keyboard: taking it keeps the focus in the dialog
        open("handhaving/outreach");
        Locator assign = button("Toewijzen: " + address);
        reachInGrid(gridWith(assign), address, assign);
        page.keyboard().press("Enter");
        Locator dialog = openDialog();
        tabTo(dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Aan mij toewijzen")), 10);
        page.keyboard().press("Enter");
        dialog.getByText("toegewezen aan handhaver.assen (ik)", new Locator.GetByTextOptions().setExact(false))
                .waitFor();
        assertThat((Boolean) dialog.locator("vaadin-select").first().evaluate(HAS_FOCUS))
                .as("after taking the follow-up the focus is on who has it, in the dialog").isTrue();
        axe("follow-up assigned", findings);

        // the administrator: the reason catalogue and joining or leaving the regional policy
        signIn("beheerder");
        open("beheer/redenen");
        openAndClose("reasons add (decline)", button("Toevoegen"), findings);
        openAndClose("reasons change", page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                .setName(Pattern.compile("^Wijzigen: "))).first(), findings);
        openAndClose("reasons archive", page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                .setName(Pattern.compile("^Archiveren: "))).first(), findings);
        page.getByLabel("Soort", new Page.GetByLabelOptions().setExact(true)).click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Extra punten van de intakechecklist"))
                .click();
        settle();
        openAndClose("reasons add (checklist item)", button("Toevoegen"), findings);
        open("beheer/gemeenten");
        page.locator("#municipalities").getByText("Assen", new Locator.GetByTextOptions().setExact(true)).click();
        settle();
        openAndClose("municipality leave", button("Stoppen met het regionale beleid"), findings);
        assertThat(findings).as("findings so far").isEmpty();
        page.locator("#municipalities").getByText("Emmen", new Locator.GetByTextOptions().setExact(true)).click();
        settle();
        openAndClose("municipality join", button("Deelnemen aan het regionale beleid"), findings);
        Map<String, List<String>> admin = new LinkedHashMap<>();
        admin.put("beheer/medewerkers", List.of("Nieuwe medewerker"));
        check(admin, findings);

        // the coordinator takes a case on its page
        signIn("ketenregisseur");
        open("signalen/signaal/" + signal);
        axe("signal case", findings);
        tabTo(button("Aan mij toewijzen"), 60);
        page.keyboard().press("Enter");
        page.getByText("toegewezen aan ketenregisseur (ik)", new Page.GetByTextOptions().setExact(false)).waitFor();
        assertThat((Boolean) page.locator("vaadin-select.portal-assignee").evaluate(HAS_FOCUS))
                .as("after taking the case the focus is on who has it").isTrue();
        axe("signal case assigned", findings);

        assertThat(findings).as("WCAG 2.1 A/AA violations in dialogs").isEmpty();
    }

    /**
     * WCAG 2.1.1 and 2.4.3: the GGD changes a series from a date on with the keyboard only (Tab, Enter, Escape; the
     * arrow keys and End inside the series grid, as a grid is one tab stop): Escape closes a dialog and the focus goes
     * back to the button that opened it; the preview lists what the change does; confirming shows the change in the
     * series' history, where the focus goes. axe-core over both dialogs and the GGD's other dialogs.
     */
    @Test
    void the_ggd_changes_a_series_from_a_date_on_with_the_keyboard_only() {
        String place = "Toetsenreeks " + System.nanoTime();
        long session = consultations.sessionNextWeek(2, place).id();
        List<String> findings = new ArrayList<>();
        signIn("ggd");
        open("ggd");

        Locator change = button("Wijzigen vanaf een datum: " + place + ", maandag");
        // the series grid by its id, not by the button in it: a row not yet drawn then fails with what the grid shows
        Locator seriesGrid = page.locator("vaadin-grid#series");
        PlaywrightAssertions.assertThat(seriesGrid).containsText(place,
                new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions().setTimeout(30_000));
        reachInGrid(seriesGrid, place, change);
        page.keyboard().press("Enter");
        openDialog();
        Locator form = page.locator("vaadin-dialog[opened]").filter(new Locator.FilterOptions()
                .setHasText("Reeks wijzigen vanaf een datum"));
        form.waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.ATTACHED));
        waitForOpened();
        screenshot("dialog-series-change");
        axe("series change", findings);
        escape();
        form.waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.DETACHED));
        assertThat((Boolean) change.evaluate(HAS_FOCUS)).as("Escape returns the focus to the series' button").isTrue();

        page.keyboard().press("Enter");
        form.waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.ATTACHED));
        settle();
        tabTo(page.getByLabel("Plaatsen per tijdvak", new Page.GetByLabelOptions().setExact(true)), 15);
        page.keyboard().press("Control+A");
        page.keyboard().type("3");
        Locator preview = button("Bekijk wat er verandert");
        tabTo(preview, 10);
        page.keyboard().press("Enter");
        Locator effects = page.locator("vaadin-dialog[opened]").filter(new Locator.FilterOptions()
                .setHasText("Wat deze wijziging doet"));
        effects.waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.ATTACHED));
        PlaywrightAssertions.assertThat(effects).containsText("Spreekuren die veranderen: 1");
        waitForOpened();
        screenshot("dialog-series-preview");
        axe("series change preview", findings);
        escape();
        effects.waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.DETACHED));
        assertThat((Boolean) preview.evaluate(HAS_FOCUS)).as("Escape returns to 'Bekijk wat er verandert'").isTrue();
        assertThat(form.count()).as("the change dialog stays open").isOne();

        page.keyboard().press("Enter");
        effects.waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.ATTACHED));
        tabTo(button("Wijziging bevestigen"), 10);
        page.keyboard().press("Enter");
        page.getByText("De reeks is gewijzigd.", new Page.GetByTextOptions().setExact(false)).first().waitFor();
        page.locator("vaadin-dialog[opened]").waitFor(new Locator.WaitForOptions()
                .setState(WaitForSelectorState.DETACHED));
        settle();
        // the history grid: the one with the column "Gevolgen"
        Locator history = page.locator("vaadin-grid").filter(new Locator.FilterOptions().setHasText("Gevolgen"));
        PlaywrightAssertions.assertThat(history).containsText("plaatsen 2 → 3");
        screenshot("dialog-series-changed");
        // the row was drawn anew with the new capacity: the keyboard is back on its button, not at the page's start
        focusComesTo(change, "the focus is back on the series' button");
        axe("series changed", findings);

        Map<String, List<String>> ggd = new LinkedHashMap<>();
        ggd.put("ggd", List.of("Nieuwe locatie"));
        ggd.put("ggd/sessie/" + session, List.of("Tijden wijzigen", "Spreekuur laten vervallen"));
        check(ggd, findings);
        assertThat(findings).as("WCAG 2.1 A/AA violations in the GGD's dialogs").isEmpty();
    }

    /**
     * Moves the keyboard into a grid's rows (Tab to the grid, Tab into its body), down to the row that shows
     * {@code rowText}, to its last cell (End) and into that cell's button (Enter).
     */
    private void reachInGrid(Locator grid, String rowText, Locator button) {
        tabTo(grid, 80);
        String focusedRow = "g => { const td = g.shadowRoot.activeElement; if (!td || !td.closest('#items')) return null;"
                + " return Array.from(td.parentElement.querySelectorAll('slot')).map(s => s.assignedElements()"
                + ".map(e => e.textContent).join('')).join(' '); }";
        for (int i = 0; i < 3 && grid.evaluate(focusedRow) == null; i++) {
            page.keyboard().press("Tab");
        }
        for (int i = 0; i < 200; i++) {
            Object row = grid.evaluate(focusedRow);
            assertThat(row).as("the focus is in the grid's rows").isNotNull();
            if (row.toString().contains(rowText)) {
                break;
            }
            page.keyboard().press("ArrowDown");
        }
        assertThat(String.valueOf(grid.evaluate(focusedRow))).contains(rowText);
        page.keyboard().press("End");
        page.keyboard().press("Enter");
        assertThat((Boolean) button.evaluate(HAS_FOCUS)).as("Enter in the cell focuses its button").isTrue();
    }

    /** The focus arrives at {@code target} within a few seconds (a dialog gives it back once it has closed). */
    private void focusComesTo(Locator target, String what) {
        for (int i = 0; i < 50 && !(Boolean) target.evaluate(HAS_FOCUS); i++) {
            page.waitForTimeout(100);
        }
        assertThat((Boolean) target.evaluate(HAS_FOCUS)).as(what).isTrue();
    }

    /** The grid that holds this element (a grid's cell content is in its light DOM). */
    private Locator gridWith(Locator element) {
        return page.locator("vaadin-grid").filter(new Locator.FilterOptions().setHas(element));
    }

    /** Escape once; quick-exit.js leaves the portal on two Escapes within 800 ms, so never two in a row. */
    private void escape() {
        page.waitForTimeout(900);
        page.keyboard().press("Escape");
    }

    private void signIn(String user) {
        context.clearCookies();
        login(user, PASSWORD);
    }

    /** Lets the dialog's opening animation end, so colours are measured as shown. */
    private void waitForOpened() {
        page.waitForFunction("() => !document.querySelector('vaadin-dialog[opening]')");
    }

    /** axe-core's findings, and any text shown as a missing translation key ("!municipality.leave.intro!"). */
    private void axe(String what, List<String> findings) {
        accessibilityViolations().forEach(v -> findings.add(what + ": " + v));
        java.util.regex.Matcher key = MISSING_KEY.matcher(page.locator("body").innerText());
        while (key.find()) {
            findings.add(what + ": untranslated " + key.group());
        }
    }

    static final Pattern MISSING_KEY = Pattern.compile("![a-z][a-z0-9-]*(\\.[a-z0-9-]+)+!");

    /** Opens a dialog with its button, checks it with axe and closes it with its Cancel or Close button. */
    private void openAndClose(String what, Locator opener, List<String> findings) {
        opener.click();
        Locator dialog = openDialog();
        waitForOpened();
        screenshot("dialog-" + what.toLowerCase().replaceAll("[^a-z0-9]+", "-"));
        axe(page.url().replaceFirst("^https?://[^/]+", "") + " " + what, findings);
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions()
                .setName(Pattern.compile("^(Annuleren|Sluiten)$"))).first().click();
        dialog.waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.DETACHED));
    }

    private void check(Map<String, List<String>> pages, List<String> findings) {
        for (Map.Entry<String, List<String>> entry : pages.entrySet()) {
            open(entry.getKey());
            for (String opener : entry.getValue()) {
                openAndClose(opener, button(opener), findings);
            }
        }
    }
}
