package nl.erkenningsportaal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.WaitForSelectorState;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.erkenningsportaal.consultation.ConsultationFixtures;
import nl.erkenningsportaal.recognition.RecognitionFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The staff's dialogs, which no route check sees (they open on a click): axe-core (WCAG 2.1 A/AA) over each, open,
 * and each closes again with its Cancel or Close button. The stories check the worker's booking and moving dialogs
 * and the raise-a-signal dialog. Screenshots: target/screenshots/dialog-*.png.
 */
class DialogsAccessibleBrowserIT extends BrowserTest {

    @Autowired
    RecognitionFixtures recognitions;

    @Autowired
    ConsultationFixtures consultations;

    @Test
    void the_staff_dialogs_have_no_wcag_2_1_aa_violations() {
        long request = recognitions.submittedInAssen("Dialoog Persoon");
        long session = consultations.sessionNextWeek(2).id();
        List<String> findings = new ArrayList<>();

        Map<String, List<String>> officer = new LinkedHashMap<>();
        officer.put("handhaving/aanvraag/" + request, List.of("Gesprek plannen", "Gesprek vastleggen",
                "Meer informatie vragen", "Afwijzen"));
        officer.put("handhaving/outreach", List.of("Bezoek vastleggen", "Advertentie vastleggen"));
        check("handhaver.assen", officer, findings);

        Map<String, List<String>> ggd = new LinkedHashMap<>();
        ggd.put("ggd", List.of("Nieuwe locatie"));
        ggd.put("ggd/sessie/" + session, List.of("Tijden wijzigen", "Spreekuur laten vervallen"));
        check("ggd", ggd, findings);

        Map<String, List<String>> admin = new LinkedHashMap<>();
        admin.put("beheer/medewerkers", List.of("Nieuwe medewerker"));
        check("beheerder", admin, findings);

        assertThat(findings).as("WCAG 2.1 A/AA violations in dialogs").isEmpty();
    }

    private void check(String user, Map<String, List<String>> pages, List<String> findings) {
        context.clearCookies();
        login(user, "demo-portaal-2026");
        for (Map.Entry<String, List<String>> entry : pages.entrySet()) {
            open(entry.getKey());
            for (String opener : entry.getValue()) {
                page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(opener).setExact(true)).click();
                Locator dialog = page.locator("vaadin-dialog[opened]");
                dialog.waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.ATTACHED));
                // let the opening animation end, so colours are measured as shown
                page.waitForFunction("() => !document.querySelector('vaadin-dialog[opening]')");
                screenshot("dialog-" + opener.toLowerCase().replaceAll("[^a-z0-9]+", "-"));
                accessibilityViolations().forEach(v -> findings.add("/" + entry.getKey() + " " + opener + ": " + v));
                dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions()
                        .setName(java.util.regex.Pattern.compile("^(Annuleren|Sluiten)$"))).first().click();
                dialog.waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.DETACHED));
            }
        }
    }
}
