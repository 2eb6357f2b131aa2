package nl.erkenningsportaal.consultation.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static nl.erkenningsportaal.HostileInput.assertNoMarkupFromInput;
import static nl.erkenningsportaal.HostileInput.assertRefused;
import static nl.erkenningsportaal.HostileInput.shownText;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.NativeDetails;
import com.vaadin.flow.component.textfield.TextField;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.erkenningsportaal.KaribuTest;
import nl.erkenningsportaal.platform.Roles;
import nl.erkenningsportaal.account.SignedInUser;
import nl.erkenningsportaal.account.TestAccounts;
import nl.erkenningsportaal.consultation.BookingRequest;
import nl.erkenningsportaal.consultation.GgdConsultationService;
import nl.erkenningsportaal.consultation.Location;
import nl.erkenningsportaal.consultation.NewSeries;
import nl.erkenningsportaal.consultation.SessionSummary;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Text that GGD staff and workers type reaches the booking page and the GGD's day list as the very characters typed:
 * script, both kinds of quotes and right-to-left script are shown as text, never as markup; what the portal refuses
 * (a work name of 10,000 characters sent past the field's limit, an invisible right-to-left mark or override that
 * would reverse what GGD staff read) books nothing and says why.
 */
class HostileTextOnTheBookingPageUiTest extends KaribuTest {

    /** Script, single and double quotes, Hebrew and Arabic (right to left) in one line. */
    static final String HOSTILE = "<script>alert('x')</script> \"><img src=x onerror=alert(1)> 'O''Neil' \"Noord\" "
            + "שלום مرحبا";

    /**
     * The same without the script element, for the place's name: a time's accessible name carries the place, and
     * {@link nl.erkenningsportaal.HostileInput#assertNoMarkupFromInput()} refuses {@code <script} in any attribute.
     */
    static final String HOSTILE_NAME = "\"><img src=x onerror=alert(1)> 'O''Neil' \"Noord\" שלום مرحبا";

    @Autowired
    GgdConsultationService ggd;

    @Autowired
    JdbcTemplate jdbc;

    /** A session next week at a location whose name, address and notes are hostile and as long as allowed. */
    private SessionSummary hostileSession(String place) {
        TestAccounts.signIn(accounts.create(Roles.GGD, null));
        String address = pad(HOSTILE + " 1, Assen", Location.ADDRESS_MAX);
        String notes = pad("Lift " + HOSTILE, Location.NOTES_MAX);
        long location = ggd.createLocation(place, address, notes);
        LocalDate monday = LocalDate.now().plusWeeks(1).with(DayOfWeek.MONDAY);
        ggd.createSeries(new NewSeries(location, DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(10, 0), 30, 2,
                monday, monday, Set.of("GM0106")));
        SessionSummary session = ggd.sessions(monday, monday).stream().filter(s -> s.locationName().equals(place))
                .findFirst().orElseThrow();
        TestAccounts.signOut();
        return session;
    }

    /** The text followed by letters up to {@code length} code points: the longest the field takes. */
    private static String pad(String text, int length) {
        return text + "x".repeat(length - text.codePointCount(0, text.length()));
    }

    private static String place() {
        return "GGD " + UUID.randomUUID().toString().substring(0, 8) + " " + HOSTILE_NAME;
    }

    /** The worker's booking page, with the session at {@code place} opened as the browser reports it. */
    private NativeDetails openOnTheBookingPage(String place) {
        UI.getCurrent().navigate("spreekuur");
        for (int i = 0; i < 200; i++) {
            var shown = _find(NativeDetails.class).stream().filter(d -> d.getSummaryText().endsWith(" — " + place))
                    .findFirst();
            if (shown.isPresent()) {
                if (!shown.get().isOpen()) {
                    toggleInBrowser(shown.get());
                }
                return shown.get();
            }
            _click(_find(Button.class).stream().filter(b -> b.getText().startsWith("Meer spreekuren tonen"))
                    .findFirst().orElseThrow(() -> new AssertionError("no session at " + place + " on the page")));
        }
        throw new AssertionError("no session at " + place + " on the page");
    }

    /** Chooses the session's first time and types {@code workName} into the dialog as the browser sends it. */
    private static void chooseAndType(NativeDetails session, String workName) {
        _click(_find(session, Button.class).stream().filter(b -> b.getAriaLabel().orElse("").startsWith(
                "Afspraak maken ")).findFirst().orElseThrow());
        TextField field = _get(_get(Dialog.class), TextField.class, s -> s.withLabel("Werknaam (niet verplicht)"));
        assertThat(field.getMaxLength()).as("the browser stops typing at the service's limit")
                .isEqualTo(BookingRequest.WORK_NAME_MAX);
        changeInBrowser(field, "value", workName);
        _click(_get(_get(Dialog.class), Button.class, s -> s.withText("Afspraak maken")));
    }

    private int booked(SignedInUser worker) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM consultation_booking WHERE worker_account_id = ? AND "
                + "status = 'BOOKED'", Integer.class, worker.id());
    }

    @Test
    void script_quotes_and_right_to_left_text_in_a_place_and_a_work_name_are_shown_as_typed() {
        String place = place();
        SessionSummary session = hostileSession(place);
        SignedInUser worker = login(Roles.WORKER, null);
        NativeDetails shown = openOnTheBookingPage(place);

        // the worker reads the place, its address and notes (each as long as allowed) exactly as GGD staff typed them
        assertThat(shown.getSummaryText()).endsWith(" — " + place);
        assertThat(shownText()).contains(pad(HOSTILE + " 1, Assen", Location.ADDRESS_MAX) + " ("
                + pad("Lift " + HOSTILE, Location.NOTES_MAX) + ")");
        assertThat(_find(shown, Button.class).stream().map(b -> b.getAriaLabel().orElse("")))
                .anySatisfy(name -> assertThat(name).startsWith("Afspraak maken 09:00–09:30").endsWith(place));
        assertNoMarkupFromInput();

        String workName = "Luna " + HOSTILE;
        chooseAndType(shown, workName);
        expectNotifications("Uw afspraak staat vast.");
        assertThat(booked(worker)).isEqualTo(1);
        // the confirmation (mail, reminder, calendar invitation) is prepared with the whole place: its name and
        // address as long as allowed
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject("SELECT COUNT(*) FROM "
                + "notification_booking WHERE account_id = ? AND location = ?", Integer.class, worker.id(),
                place + ", " + pad(HOSTILE + " 1, Assen", Location.ADDRESS_MAX)) == 1);
        // the worker's own booking names the place as typed
        assertThat(shownText()).contains(" — " + place);
        assertNoMarkupFromInput();

        // GGD staff read the work name in the day's list as the worker typed it
        login(Roles.GGD, null);
        UI.getCurrent().navigate(GgdDayView.class, session.id());
        assertThat(shownText()).contains(workName);
        assertNoMarkupFromInput();
    }

    @Test
    void a_work_name_of_ten_thousand_characters_or_with_a_right_to_left_mark_books_nothing_and_says_why() {
        String place = place();
        hostileSession(place);
        SignedInUser worker = login(Roles.WORKER, null);
        List<String> refused = List.of(
                // sent past the field's limit by a client of its own
                "<script>" + "a".repeat(10_000) + "</script>",
                // a right-to-left mark after the name, an override inside it: GGD staff would read it reversed
                "Luna\u200F", "Lu\u202Ena");
        for (String workName : refused) {
            chooseAndType(openOnTheBookingPage(place), workName);
            expectNotifications("Een werknaam heeft hoogstens 100 tekens.");
            assertThat(_find(Dialog.class)).as("the dialog closed").isEmpty();
            assertThat(booked(worker)).as("booked with work name %s", workName.substring(0, Math.min(12, workName.length()))).isZero();
            assertNoMarkupFromInput();
        }
    }

    @Test
    void a_place_of_ten_thousand_characters_is_refused_before_any_worker_sees_it() {
        TestAccounts.signIn(accounts.create(Roles.GGD, null));
        String tenThousand = "<script>" + "a".repeat(10_000 - 17) + "</script>";
        assertRefused("a location's name", () -> ggd.createLocation(tenThousand, "Straat 1", null),
                "error.text-length");
        assertRefused("a location's address", () -> ggd.createLocation("GGD", tenThousand, null),
                "error.text-length");
        assertRefused("a location's notes", () -> ggd.createLocation("GGD", "Straat 1", tenThousand),
                "error.text-length");
        assertRefused("a right-to-left override in a name", () -> ggd.createLocation("GGD \u202EnessA", "Straat 1",
                null), "error.invisible-characters");
    }
}
