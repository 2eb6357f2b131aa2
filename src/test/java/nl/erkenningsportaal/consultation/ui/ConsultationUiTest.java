package nl.erkenningsportaal.consultation.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.KaribuConfig;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeDetails;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.internal.PendingJavaScriptInvocation;
import com.vaadin.flow.dom.Element;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import kotlin.Unit;
import kotlin.jvm.functions.Function1;
import nl.erkenningsportaal.KaribuTest;
import nl.erkenningsportaal.account.SignedInUser;
import nl.erkenningsportaal.account.TestAccounts;
import nl.erkenningsportaal.consultation.BookingRequest;
import nl.erkenningsportaal.consultation.ConsultationFixtures;
import nl.erkenningsportaal.consultation.SessionSummary;
import nl.erkenningsportaal.platform.NativeSelect;
import nl.erkenningsportaal.platform.Roles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The worker's booking page, driven as Karibu drives any Vaadin page: components found by what the worker reads
 * (texts, accessible names), clicked, and a session opened as the browser reports it.
 */
class ConsultationUiTest extends KaribuTest {

    @Autowired
    ConsultationFixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    nl.erkenningsportaal.municipality.MunicipalityService municipalities;

    @Autowired
    nl.erkenningsportaal.consultation.WorkerBookingService bookings;

    /** What the server asked the browser to run: here, which element it moved the focus to. */
    private final List<PendingJavaScriptInvocation> sent = new ArrayList<>();
    private final Function1<PendingJavaScriptInvocation, Unit> recorder = invocation -> {
        sent.add(invocation);
        return Unit.INSTANCE;
    };

    @BeforeEach
    void recordScripts() {
        KaribuConfig.getPendingJavascriptInvocationHandlers().add(recorder);
    }

    @AfterEach
    void stopRecording() {
        KaribuConfig.getPendingJavascriptInvocationHandlers().remove(recorder);
    }

    // ---- what the worker finds on the page

    private static List<NativeDetails> sessions() {
        return _find(NativeDetails.class, s -> s.withClasses("portal-session"));
    }

    /** The coming session at {@code place}, asking for more sessions until the page shows it. */
    private static NativeDetails session(String place) {
        for (int i = 0; i < 200; i++) {
            Optional<NativeDetails> shown = sessions().stream().filter(d -> d.getSummaryText().endsWith(" — " + place))
                    .findFirst();
            if (shown.isPresent()) {
                return shown.get();
            }
            Optional<Button> more = more();
            if (more.isEmpty()) {
                break;
            }
            _click(more.get());
        }
        throw new AssertionError("no coming session at " + place + " on the page");
    }

    /** A place of a test's own, so that it finds its session among those of other tests. */
    private static String place() {
        return "GGD " + java.util.UUID.randomUUID().toString().substring(0, 8);
    }

    /** The worker opens the first coming session, as the browser reports it. */
    private static NativeDetails openFirst() {
        NativeDetails first = sessions().getFirst();
        toggleInBrowser(first);
        return first;
    }

    /** The buttons whose accessible name starts with {@code prefix} (a time's, a booking's), in page order. */
    private static List<Button> buttons(String prefix) {
        return _find(Button.class).stream().filter(b -> b.getAriaLabel().orElse("").startsWith(prefix)).toList();
    }

    private static List<Button> buttonsIn(Component within, String prefix) {
        return _find(within, Button.class).stream().filter(b -> b.getAriaLabel().orElse("").startsWith(prefix))
                .toList();
    }

    private static Optional<Button> more() {
        return _find(Button.class).stream().filter(b -> b.getText().startsWith("Meer spreekuren tonen")).findFirst();
    }

    /** The button in the open dialog with this text (confirm or cancel). */
    private static Button inDialog(String text) {
        return _get(_get(Dialog.class), Button.class, s -> s.withText(text));
    }

    private int booked(SignedInUser worker) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM consultation_booking WHERE worker_account_id = ? AND "
                + "status = 'BOOKED'", Integer.class, worker.id());
    }

    /** The element the server last moved the focus to. */
    private Optional<Element> focused() {
        MockVaadin.clientRoundtrip(false);
        return sent.stream().filter(i -> i.getInvocation().getExpression().contains("focus"))
                .map(i -> Element.get(i.getOwner())).reduce((first, last) -> last);
    }

    // ---- the tests

    @Test
    void a_worker_books_and_cancels_in_dutch_and_the_focus_goes_to_the_bookings() {
        fixtures.sessionNextWeek(2);
        SignedInUser worker = login(Roles.WORKER, null);
        UI.getCurrent().navigate("spreekuur");
        assertThat(_get(H1.class).getText()).isEqualTo("Gratis spreekuur van de GGD");
        _click(buttonsIn(openFirst(), "Afspraak maken ").getFirst());
        _click(inDialog("Afspraak maken"));
        assertThat(booked(worker)).isEqualTo(1);
        assertThat(_find(Dialog.class)).as("the dialog closed and left the page").isEmpty();
        expectNotifications("Uw afspraak staat vast.");
        assertThat(_find(Span.class).stream().map(Span::getText)).anyMatch(t -> t.startsWith("Afspraakcode: "));
        H2 mine = _get(H2.class, s -> s.withText("Mijn afspraken"));
        assertThat(focused()).contains(mine.getElement());
        _click(buttons("Afzeggen ").getFirst());
        assertThat(booked(worker)).isZero();
        _get(com.vaadin.flow.component.html.Paragraph.class, s -> s.withText("U heeft nog geen afspraak."));
        assertThat(focused()).contains(mine.getElement());
    }

    @Test
    void the_coming_sessions_are_folded_and_show_their_times_once_the_worker_opens_one() {
        fixtures.sessionNextWeek(2);
        fixtures.sessionNextWeek(2);
        login(Roles.WORKER, null);
        UI.getCurrent().navigate("spreekuur");
        List<NativeDetails> sessions = sessions();
        assertThat(sessions).hasSizeGreaterThanOrEqualTo(2);
        assertThat(sessions).allSatisfy(session -> {
            assertThat(session.isOpen()).isFalse();
            assertThat(session.getContent()).as("a folded session holds no times").isNull();
        });
        NativeDetails later = sessions.getLast();
        toggleInBrowser(later);
        assertThat(buttonsIn(later, "Afspraak maken ")).isNotEmpty();
        assertThat(sessions.getFirst().getContent()).as("the others stay as they were").isNull();
        int times = buttonsIn(later, "Afspraak maken ").size();
        // folded and opened again: the same times, read once
        toggleInBrowser(later);
        toggleInBrowser(later);
        assertThat(buttonsIn(later, "Afspraak maken ")).hasSize(times);
    }

    @Test
    void a_time_names_its_day_and_place_and_the_page_holds_no_markup() {
        String place = place();
        fixtures.sessionNextWeek(2, place);
        login(Roles.WORKER, null);
        UI.getCurrent().navigate("spreekuur");
        NativeDetails shown = session(place);
        if (!shown.isOpen()) {
            toggleInBrowser(shown);
        }
        Button first = buttonsIn(shown, "Afspraak maken ").getFirst();
        assertThat(first.getText()).isEqualTo("09:00–09:30 — nog 2 plaatsen");
        // the visible text is part of the accessible name, which also says what the button does, the day and place
        assertThat(first.getAriaLabel()).hasValueSatisfying(name -> assertThat(name).startsWith(
                "Afspraak maken 09:00–09:30 — nog 2 plaatsen, ").endsWith(" — " + place));
        assertThat(shown.getSummaryText()).endsWith(" — " + place);
        // components only: no element of the page gets its content as HTML
        List<Element> elements = new ArrayList<>();
        collect(_get(BookConsultationView.class).getElement(), elements);
        assertThat(elements).allSatisfy(e -> assertThat(e.getPropertyNames()).doesNotContain("innerHTML"));
    }

    private static void collect(Element e, List<Element> into) {
        into.add(e);
        e.getChildren().forEach(c -> collect(c, into));
    }

    @Test
    void a_time_that_filled_up_after_it_was_shown_offers_the_waiting_list() {
        String place = place();
        long slot = fixtures.firstSlot(fixtures.sessionNextWeek(1, place));
        SignedInUser worker = login(Roles.WORKER, null);
        UI.getCurrent().navigate("spreekuur");
        NativeDetails shown = session(place);
        if (!shown.isOpen()) {
            toggleInBrowser(shown);
        }
        Button first = buttonsIn(shown, "Afspraak maken 09:00").getFirst();
        TestAccounts.signIn(accounts.create(Roles.WORKER, null));
        bookings.book(new BookingRequest(slot, "GM0106", "nl", false, null, null));
        TestAccounts.signIn(worker);
        _click(first);
        _click(inDialog("Op de wachtlijst"));
        expectNotifications("U staat op de wachtlijst. Komt er een plaats vrij, dan krijgt u die vanzelf en een "
                + "bericht.");
        assertThat(buttons("Van de wachtlijst af ")).hasSize(1);
        _click(buttons("Van de wachtlijst af ").getFirst());
        assertThat(bookings.myWaitingLists()).isEmpty();
    }

    @Test
    void a_worker_sees_and_changes_only_their_own_bookings() {
        SessionSummary session = fixtures.sessionNextWeek(2);
        long slot = fixtures.firstSlot(session);
        SignedInUser other = accounts.create(Roles.WORKER, null);
        TestAccounts.signIn(other);
        bookings.book(new BookingRequest(slot, "GM0106", "nl", false, null, null));
        login(Roles.WORKER, null);
        UI.getCurrent().navigate("spreekuur");
        assertThat(buttons("Afzeggen ")).isEmpty();
        assertThat(buttons("Verzetten ")).isEmpty();
        assertThat(booked(other)).isEqualTo(1);
    }

    @Test
    void a_booking_refused_because_the_place_was_taken_closes_its_dialog_and_shows_why() {
        String place = place();
        long slot = fixtures.firstSlot(fixtures.sessionNextWeek(1, place));
        SignedInUser worker = login(Roles.WORKER, null);
        UI.getCurrent().navigate("spreekuur");
        NativeDetails shown = session(place);
        if (!shown.isOpen()) {
            toggleInBrowser(shown);
        }
        _click(buttonsIn(shown, "Afspraak maken 09:00").getFirst());
        assertThat(_find(Dialog.class)).hasSize(1);
        // someone else takes the last place while the dialog is open
        TestAccounts.signIn(accounts.create(Roles.WORKER, null));
        bookings.book(new BookingRequest(slot, "GM0106", "nl", false, null, null));
        TestAccounts.signIn(worker);
        _click(inDialog("Afspraak maken"));
        assertThat(_find(Dialog.class)).isEmpty();
        assertThat(booked(worker)).isZero();
        expectNotifications("Deze plaats is net vergeven. Kies een andere tijd of ga op de wachtlijst.");
    }

    @Test
    void a_dialog_left_open_goes_with_the_page_when_the_worker_goes_elsewhere() {
        fixtures.sessionNextWeek(2);
        login(Roles.WORKER, null);
        UI.getCurrent().navigate("spreekuur");
        _click(buttonsIn(openFirst(), "Afspraak maken ").getFirst());
        assertThat(_find(Dialog.class)).hasSize(1);
        UI.getCurrent().navigate("informatie");
        assertThat(_find(Dialog.class)).isEmpty();
    }

    @Test
    void the_coming_sessions_are_shown_six_at_a_time_and_the_focus_moves_to_the_first_added() {
        for (int i = 0; i < BookConsultationView.SESSIONS_SHOWN + 3; i++) {
            fixtures.sessionNextWeek(2);
        }
        login(Roles.WORKER, null);
        int coming = bookings.comingSessions("GM0106").size();
        assertThat(coming).isGreaterThan(BookConsultationView.SESSIONS_SHOWN);
        UI.getCurrent().navigate("spreekuur");
        assertThat(sessions()).hasSize(BookConsultationView.SESSIONS_SHOWN);
        assertThat(sessions().stream().filter(NativeDetails::isOpen)).isEmpty();
        int clicks = 0;
        while (more().isPresent() && clicks <= coming) {
            int before = sessions().size();
            assertThat(more().get().getText()).isEqualTo("Meer spreekuren tonen (nog " + (coming - before) + ")");
            _click(more().get());
            clicks++;
            assertThat(focused()).contains(sessions().get(before).getSummary().getElement());
        }
        assertThat(clicks).isEqualTo((coming - 1) / BookConsultationView.SESSIONS_SHOWN);
        assertThat(sessions()).hasSize(coming);
    }

    @Test
    void the_worker_chooses_another_municipality_and_a_value_not_on_the_list_changes_nothing() {
        fixtures.sessionNextWeek(2);
        login(Roles.WORKER, null);
        UI.getCurrent().navigate("spreekuur");
        int inAssen = sessions().size();
        assertThat(inAssen).isPositive();
        @SuppressWarnings("unchecked")
        NativeSelect<String> municipality = _get(NativeSelect.class, s -> s.withId("portal-municipality"));
        assertThat(municipality.getValue()).isEqualTo("GM0106");
        assertThat(_get(com.vaadin.flow.component.html.NativeLabel.class, s -> s.withText("Uw gemeente")).getFor())
                .contains("portal-municipality");
        String other = municipalities.participating().stream().map(m -> m.id())
                .filter(id -> Math.min(bookings.comingSessions(id).size(), BookConsultationView.SESSIONS_SHOWN)
                        != inAssen).findFirst().orElseThrow();
        changeInBrowser(municipality, "value", other);
        int inOther = Math.min(bookings.comingSessions(other).size(), BookConsultationView.SESSIONS_SHOWN);
        assertThat(sessions()).hasSize(inOther);
        // a value the list does not hold (made up in the browser) is ignored
        changeInBrowser(municipality, "value", "GM0106' OR 1=1");
        changeInBrowser(municipality, "value", "");
        assertThat(municipality.getValue()).isEqualTo(other);
        assertThat(sessions()).hasSize(inOther);
        changeInBrowser(municipality, "value", "GM0106");
        assertThat(sessions()).hasSize(inAssen);
    }

    @Test
    void a_worker_books_and_moves_in_english() {
        fixtures.sessionNextWeek(2);
        SignedInUser worker = login(Roles.WORKER, null);
        locale(Locale.ENGLISH);
        UI.getCurrent().navigate("spreekuur");
        assertThat(_get(H1.class).getText()).isEqualTo("Free consultation of the GGD");
        _click(buttonsIn(openFirst(), "Book ").getFirst());
        _click(inDialog("Book"));
        assertThat(booked(worker)).isEqualTo(1);
        expectNotifications("Your appointment is booked.");
        long slot = bookings.myBookings().getFirst().slotId();
        _click(buttons("Move ").getFirst());
        _click(_find(_get(Dialog.class), Button.class).stream().filter(b -> b.getText().contains(" — "))
                .findFirst().orElseThrow());
        expectNotifications("Your appointment has been moved.");
        assertThat(booked(worker)).isEqualTo(1);
        assertThat(bookings.myBookings().stream().filter(b -> b.status()
                == nl.erkenningsportaal.consultation.BookingStatus.BOOKED).findFirst().orElseThrow().slotId())
                .isNotEqualTo(slot);
    }

    @Test
    void ggd_staff_open_the_day_view_and_mark_attendance() {
        SessionSummary session = fixtures.sessionNextWeek(2);
        long slot = fixtures.firstSlot(session);
        nl.erkenningsportaal.account.TestAccounts.signIn(accounts.create(Roles.WORKER, null));
        bookings.book(new nl.erkenningsportaal.consultation.BookingRequest(slot, "GM0106", "es", true,
                nl.erkenningsportaal.consultation.Reason.TALK, "Luna"));

        login(Roles.GGD, null);
        UI.getCurrent().navigate(GgdDayView.class, session.id());
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.grid.Grid<Object> first = _find(com.vaadin.flow.component.grid.Grid.class).getFirst();
        var actions = (com.vaadin.flow.component.orderedlayout.HorizontalLayout)
                com.github.mvysny.kaributesting.v10.GridKt._getCellComponent(first, 0, "actions");
        Button attended = (Button) actions.getComponentAt(0);
        assertThat(attended.getText()).isEqualTo("Geweest");
        _click(attended);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM consultation_booking b JOIN consultation_slot sl ON "
                + "sl.id = b.slot_id WHERE sl.session_id = ? AND b.status = 'ATTENDED'", Integer.class, session.id()))
                .isEqualTo(1);
        _click(_get(Button.class, s -> s.withText("+1")));
        assertThat(_find(Span.class).stream().map(Span::getText)).contains("Zonder afspraak binnengelopen: 1");
    }

    @Test
    void an_officer_cannot_open_the_ggd_pages() {
        login(Roles.OFFICER, "GM0106");
        UI.getCurrent().navigate("ggd");
        _get(H1.class, s -> s.withText("Geen toegang"));
    }
}
