package nl.erkenningsportaal.consultation.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.time.LocalTime;
import java.util.List;
import nl.erkenningsportaal.KaribuTest;
import nl.erkenningsportaal.account.SignedInUser;
import nl.erkenningsportaal.account.TestAccounts;
import nl.erkenningsportaal.consultation.BookingRequest;
import nl.erkenningsportaal.consultation.ConsultationFixtures;
import nl.erkenningsportaal.consultation.GgdConsultationService;
import nl.erkenningsportaal.consultation.SeriesSummary;
import nl.erkenningsportaal.consultation.SessionSummary;
import nl.erkenningsportaal.consultation.WorkerBookingService;
import nl.erkenningsportaal.platform.Roles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The GGD changes a series on its sessions screen (issue 20): a bad value shows on its field and opens no preview;
 * the preview says what the change does; confirming it changes the session and lists the change under the series.
 */
class SeriesChangeUiTest extends KaribuTest {

    @Autowired
    ConsultationFixtures fixtures;

    @Autowired
    WorkerBookingService bookings;

    @Autowired
    GgdConsultationService ggd;

    /** The change button in the series' row of the grid "Reeksen" (a component column: Karibu reads the cell). */
    @SuppressWarnings("unchecked")
    private static Button changeButtonOf(String place) {
        Grid<SeriesSummary> series = _find(Grid.class).stream()
                .filter(g -> g.getAriaLabel().orElse("").equals("Reeksen")).findFirst().orElseThrow();
        for (int row = 0; row < GridKt._size(series); row++) {
            if (GridKt._get(series, row).locationName().equals(place)) {
                Button b = (Button) GridKt._getCellComponent(series, row, "change");
                assertThat(b.getAriaLabel()).contains("Wijzigen vanaf een datum: " + place + ", maandag");
                return b;
            }
        }
        throw new AssertionError("no series at " + place);
    }

    private static List<Dialog> dialogs() {
        return _find(Dialog.class);
    }

    @Test
    void the_ggd_sees_what_a_change_does_confirms_it_and_finds_it_under_the_series() {
        String place = "Reeks-UI-" + System.nanoTime();
        SessionSummary session = fixtures.sessionNextWeek(2, place);
        long slot = fixtures.slots(session).get(1);
        SignedInUser worker = accounts.create(Roles.WORKER, null);
        TestAccounts.signIn(worker);
        bookings.book(new BookingRequest(slot, "GM0106", "nl", false, null, null));

        login(Roles.GGD);
        UI.getCurrent().navigate("ggd");
        _click(changeButtonOf(place));
        Dialog form = dialogs().getLast();
        IntegerField places = _get(form, IntegerField.class, s -> s.withLabel("Plaatsen per tijdvak"));

        _setValue(places, 0);
        _click(_get(form, Button.class, s -> s.withText("Bekijk wat er verandert")));
        assertThat(places.isInvalid()).as("the refusal shows on the field it names").isTrue();
        assertThat(places.getErrorMessage()).isEqualTo("Plaatsen per tijdvak: kies tussen 1 en 50 plaatsen.");
        assertThat(dialogs()).as("no preview for a bad value").hasSize(1);

        _setValue(places, 3);
        _setValue(_get(form, TimePicker.class, s -> s.withLabel("Begintijd")), LocalTime.of(10, 0));
        _setValue(_get(form, TimePicker.class, s -> s.withLabel("Eindtijd")), LocalTime.of(12, 0));
        _click(_get(form, Button.class, s -> s.withText("Bekijk wat er verandert")));
        Dialog preview = dialogs().getLast();
        assertThat(_find(preview, ListItem.class).stream().map(ListItem::getText)).containsExactly(
                "Spreekuren die veranderen: 1", "Spreekuren die erbij komen: 0", "Spreekuren die vervallen: 0",
                "Afspraken die naar een nieuwe tijd gaan (de persoon krijgt bericht): 1",
                "Afspraken die vervallen (de persoon krijgt bericht): 0",
                "Plekken op een wachtlijst die met de tijd meegaan (de persoon krijgt bericht): 0",
                "Plekken op een wachtlijst die vervallen (de persoon krijgt bericht): 0",
                "Mensen op een wachtlijst die een vrije plaats krijgen (de persoon krijgt bericht): 0");
        TestAccounts.signIn(accounts.create(Roles.GGD, null));
        assertThat(ggd.sessions(session.date(), session.date())).filteredOn(s -> s.id() == session.id())
                .singleElement().extracting(SessionSummary::start).as("the preview changed nothing")
                .isEqualTo(LocalTime.of(9, 0));

        _click(_get(preview, Button.class, s -> s.withText("Wijziging bevestigen")));
        expectNotifications("De reeks is gewijzigd. Verzette afspraken: 1. Vervallen afspraken: 0.");
        assertThat(dialogs()).isEmpty();
        TestAccounts.signIn(accounts.create(Roles.GGD, null));
        assertThat(ggd.sessions(session.date(), session.date())).filteredOn(s -> s.id() == session.id())
                .singleElement().satisfies(s -> {
                    assertThat(s.start()).isEqualTo(LocalTime.of(10, 0));
                    assertThat(s.capacity()).isEqualTo(12);
                });
        @SuppressWarnings("unchecked")
        Grid<Object> history = _find(Grid.class).stream()
                .filter(g -> g.getAriaLabel().orElse("").equals("Wijzigingen van deze reeks")).findFirst()
                .orElseThrow();
        assertThat(history.isVisible()).isTrue();
        assertThat(GridKt._size(history)).isOne();
        assertThat(String.join(" ", GridKt._getFormattedRow(history, 0))).contains("Spreekuren gewijzigd 1",
                "afspraken verzet 1", "plaatsen 2 → 3",
                "wachtlijstplekken meegeschoven 0, vervallen 0, omgezet in een afspraak 0");
    }
}
