package nl.erkenningsportaal.notification.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.textfield.IntegerField;
import java.time.Duration;
import java.util.List;
import nl.erkenningsportaal.KaribuTest;
import nl.erkenningsportaal.platform.NativeSelect;
import nl.erkenningsportaal.platform.Roles;
import nl.erkenningsportaal.platform.Whose;
import nl.erkenningsportaal.account.SignedInUser;
import nl.erkenningsportaal.account.TestAccounts;
import nl.erkenningsportaal.consultation.BookingRules;
import nl.erkenningsportaal.consultation.ConsultationSettings;
import nl.erkenningsportaal.consultation.GgdConsultationService;
import nl.erkenningsportaal.recognition.RecognitionFixtures;
import nl.erkenningsportaal.recognition.RequestSummary;
import nl.erkenningsportaal.recognition.WorklistFilter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The staff's new screens as they are used: an officer finds a new request among her alerts, opens it, takes it on
 * and finds it under "mine"; the GGD's rules page refuses a nonsensical value with a message and keeps a change.
 */
class StaffWorkdayUiTest extends KaribuTest {

    @Autowired
    RecognitionFixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    GgdConsultationService ggd;

    @Autowired
    ConsultationSettings defaults;

    List<ListItem> alerts() {
        return _find(ListItem.class, spec -> spec.withClasses("portal-alert"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void an_officer_opens_a_new_request_from_her_alerts_takes_it_on_and_finds_it_under_mine() {
        SignedInUser anna = accounts.create(Roles.OFFICER, "GM0106");
        long request = fixtures.submittedInAssen("Ilona Kovács");
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                "SELECT COUNT(*) FROM staff_alert WHERE account_id = ? AND subject_id = ?", Integer.class, anna.id(),
                request) == 1);

        login(anna);
        UI.getCurrent().navigate("meldingen");
        String what = "Nieuwe aanvraag #" + request;
        ListItem alert = alerts().stream().filter(li -> li.getElement().getTextRecursively().contains(what))
                .findFirst().orElseThrow();
        assertThat(alert.getClassNames()).contains("portal-alert-unread");
        assertThat(alert.getElement().getTextRecursively()).doesNotContain("Ilona").doesNotContain("Kovács");
        _click(_get(alert, Button.class, spec -> spec.withText("Openen")));
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("handhaving/aanvraag/" + request);

        _click(_get(Button.class, spec -> spec.withText("Aan mij toewijzen")));
        expectNotifications("De toewijzing is opgeslagen.");

        UI.getCurrent().navigate("handhaving");
        Grid<RequestSummary> grid = _get(Grid.class);
        NativeSelect<Whose> whose = _get(NativeSelect.class,
                spec -> spec.withId("portal-worklist-whose"));
        assertThat(whose.getAriaLabel()).contains("Toon");
        _setValue(whose, Whose.MINE);
        assertThat(GridKt._size(grid)).isEqualTo(1);
        assertThat(GridKt._get(grid, 0).id()).isEqualTo(request);
        assertThat(GridKt._getFormattedRow(grid, 0)).contains(anna.username() + " (ik)");
        _setValue(whose, Whose.UNASSIGNED);
        assertThat(GridKt._findAll(grid)).extracting(RequestSummary::id).doesNotContain(request);

        UI.getCurrent().navigate("meldingen");
        assertThat(alerts()).filteredOn(li -> li.getElement().getTextRecursively().contains(what)).singleElement()
                .satisfies(li -> assertThat(li.getClassNames()).doesNotContain("portal-alert-unread"));
    }

    @Test
    void the_ggd_rules_page_refuses_a_cancellation_limit_beyond_the_booking_window_and_keeps_a_good_change() {
        login(Roles.GGD);
        try {
            UI.getCurrent().navigate("ggd/regels");
            IntegerField weeks = _get(IntegerField.class, spec -> spec.withLabel("Weken vooruit boeken"));
            IntegerField cancel = _get(IntegerField.class,
                    spec -> spec.withLabel("Afzeggen of verzetten kan tot (uren vooraf)"));
            _setValue(weeks, 1);
            _setValue(cancel, 200);
            _click(_get(Button.class, spec -> spec.withText("Regels opslaan")));
            expectNotifications("De termijn voor afzeggen kan niet langer zijn dan de 1 weken die vooruit geboekt "
                    + "kunnen worden.");
            assertThat(ggd.currentRules().weeksAhead()).isEqualTo(defaults.weeksAhead());

            _setValue(cancel, 48);
            _click(_get(Button.class, spec -> spec.withText("Regels opslaan")));
            expectNotifications("De nieuwe regels gelden vanaf nu.");
            assertThat(ggd.currentRules().weeksAhead()).isEqualTo(1);
            assertThat(ggd.currentRules().cancelUntilBefore()).isEqualTo(Duration.ofHours(48));
            assertThat(GridKt._getFormattedRow(_get(Grid.class), 0)).contains("48", "1");
        } finally {
            ggd.changeBookingRules(BookingRules.of(defaults.maxFutureBookings(),
                    (int) defaults.cancelUntilBefore().toHours(), defaults.weeksAhead(),
                    (int) defaults.shortNotice().toHours()));
            TestAccounts.signOut();
        }
    }
}
