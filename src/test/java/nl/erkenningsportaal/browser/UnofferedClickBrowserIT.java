package nl.erkenningsportaal.browser;

import nl.erkenningsportaal.platform.Roles;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import nl.erkenningsportaal.platform.Roles;
import nl.erkenningsportaal.account.TestAccounts;
import nl.erkenningsportaal.consultation.ConsultationFixtures;
import nl.erkenningsportaal.consultation.GgdConsultationService;
import nl.erkenningsportaal.consultation.SessionSummary;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A click the server did not offer changes nothing (issue 22), in a real browser session. On the GGD's day page of a
 * cancelled consultation, "change times" and "cancel" are disabled. The test sends Vaadin's own UIDL event message
 * for a click on each of those buttons' nodes anyway, through the page's Flow client ({@code sendEventMessage}, as a
 * tampered client would): nothing opens and the consultation in the database stays as it was. The same message for
 * the enabled "+1 walk-in" button does count a walk-in, so the message is a working click. (A hidden button is
 * covered by {@code notification.UnofferedClickUiTest}; the booking page's variant, a booking of another worker,
 * waits for issue 17's component-built booking page.)
 */
class UnofferedClickBrowserIT extends BrowserTest {

    @Autowired
    ConsultationFixtures fixtures;

    @Autowired
    GgdConsultationService ggd;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    /** Sends the UIDL event message for a click on the button with this accessible name; returns its node id. */
    private int rawClick(String name) {
        Object node = page.evaluate("""
                name => {
                  const button = [...document.querySelectorAll('vaadin-button')]
                      .find(b => (b.getAttribute('aria-label') || b.textContent).trim() === name);
                  if (!button) throw new Error('no button ' + name);
                  const client = Object.values(window.Vaadin.Flow.clients)
                      .find(c => typeof c.getNodeId === 'function' && c.getNodeId(button) >= 0);
                  const node = client.getNodeId(button);
                  client.sendEventMessage(node, 'click', {
                    'event.screenX': 1, 'event.screenY': 1, 'event.clientX': 1, 'event.clientY': 1,
                    'event.detail': 1, 'event.button': 0, 'event.altKey': false, 'event.ctrlKey': false,
                    'event.metaKey': false, 'event.shiftKey': false });
                  return node;
                }""", name);
        settle(); // the server's answer has arrived and is applied
        return ((Number) node).intValue();
    }

    private Map<String, Object> session(long id) {
        return jdbc.queryForMap("SELECT start_time, end_time, cancelled, cancel_message, walk_ins, "
                + "(SELECT COUNT(*) FROM consultation_slot WHERE session_id = s.id) AS slots "
                + "FROM consultation_session s WHERE id = ?", id);
    }

    @Test
    void a_click_on_a_disabled_button_reaches_nothing() {
        SessionSummary planned = fixtures.sessionNextWeek(2);
        accounts.signInAs(Roles.GGD, null);
        try {
            ggd.cancelSession(planned.id(), "De collega is ziek.");
        } finally {
            TestAccounts.signOut();
        }
        login("ggd", "demo-portaal-2026");
        open("ggd/sessie/" + planned.id());
        assertThat(button("Tijden wijzigen").isDisabled()).as("not offered: the consultation is cancelled").isTrue();
        assertThat(button("Spreekuur laten vervallen").isDisabled()).isTrue();

        // the raw message for an enabled button works
        rawClick("Eén inloop erbij tellen");
        assertThat(session(planned.id())).containsEntry("walk_ins", 1);
        Map<String, Object> before = session(planned.id());

        // the same message for the disabled ones reaches nothing
        rawClick("Tijden wijzigen");
        rawClick("Spreekuur laten vervallen");
        assertThat(page.locator("vaadin-dialog[opened]").count()).as("no dialog opened").isZero();
        assertThat(page.locator("vaadin-notification-card").count()).as("nothing shown").isZero();
        assertThat(session(planned.id())).as("the consultation in the database").isEqualTo(before);
        screenshot("unoffered-click-ggd-day");
    }
}
