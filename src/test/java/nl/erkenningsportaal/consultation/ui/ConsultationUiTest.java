package nl.erkenningsportaal.consultation.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Locale;
import nl.erkenningsportaal.KaribuTest;
import nl.erkenningsportaal.account.SignedInUser;
import nl.erkenningsportaal.consultation.ConsultationFixtures;
import nl.erkenningsportaal.consultation.SessionSummary;
import nl.erkenningsportaal.platform.Roles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class ConsultationUiTest extends KaribuTest {

    @Autowired
    ConsultationFixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    nl.erkenningsportaal.municipality.MunicipalityService municipalities;

    @Autowired
    nl.erkenningsportaal.consultation.WorkerBookingService bookings;

    @Test
    void a_worker_books_and_cancels_in_dutch() {
        fixtures.sessionNextWeek(2);
        SignedInUser worker = login(Roles.WORKER, null);
        try (BookingPage page = BookingPage.open()) {
            assertThat(page.dom().select("h1").text()).isEqualTo("Gratis spreekuur van de GGD");
            page.choose(page.times("Afspraak maken").getFirst());
            _click(_get(Button.class, s -> s.withText("Afspraak maken")));
            assertThat(booked(worker)).isEqualTo(1);
            assertThat(_find(Dialog.class)).as("the dialog closed and left the page").isEmpty();
            assertThat(page.dom().select(".portal-rows li").text()).contains("Afspraakcode: ");
            BookingPage.Action cancel = page.buttons("Afzeggen ").getFirst();
            page.act(cancel.action(), cancel.id(), "");
            assertThat(booked(worker)).isZero();
            assertThat(page.dom().text()).contains("U heeft nog geen afspraak.");
        }
    }

    private int booked(SignedInUser worker) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM consultation_booking WHERE worker_account_id = ? AND "
                + "status = 'BOOKED'", Integer.class, worker.id());
    }

    @Test
    void only_the_first_coming_session_shows_its_times_until_the_worker_opens_another() {
        fixtures.sessionNextWeek(2);
        fixtures.sessionNextWeek(2);
        login(Roles.WORKER, null);
        try (BookingPage page = BookingPage.open()) {
            List<org.jsoup.nodes.Element> sessions = page.sessions();
            assertThat(sessions).hasSizeGreaterThanOrEqualTo(2);
            assertThat(sessions.getFirst().hasAttr("open")).isTrue();
            assertThat(page.times(sessions.getFirst())).contains("data-action=\"time\"");
            org.jsoup.nodes.Element later = sessions.getLast();
            assertThat(later.hasAttr("open")).isFalse();
            assertThat(page.times(later)).isEmpty();
            page.open(later);
            assertThat(page.times(later)).contains("data-action=\"time\"");
            // the server only keeps the page's first markup: the times were sent, not kept
            assertThat(page.kept()).doesNotContain("data-action=\"time\" data-session=\""
                    + later.attr("data-session"));
            // reported open once more (the browser does not, while the times are there): still one list of times
            page.act("open", later.attr("data-session"), "");
            assertThat(later.select(".portal-times")).hasSize(1);
        }
    }

    @Test
    void the_page_is_one_element_of_escaped_markup_and_a_time_names_its_day_and_place() {
        fixtures.sessionNextWeek(2);
        login(Roles.WORKER, null);
        try (BookingPage page = BookingPage.open()) {
            BookingPage.Time first = page.times("Afspraak maken").getFirst();
            assertThat(first.name()).startsWith("Afspraak maken ").contains(" — ");
            BookConsultationView view = _get(BookConsultationView.class);
            assertThat(view.getChildren().toList()).containsExactly(page.element());
            assertThat(page.kept()).doesNotContain("<script");
            // kept as Latin-1 characters (one byte each on the server); the dash reads as a dash in the browser
            assertThat(page.kept().chars()).allMatch(c -> c <= 0xFF);
            assertThat(page.sessions().getFirst().selectFirst("summary").text()).contains(" — ");
        }
    }

    @Test
    void a_time_the_browser_names_is_only_offered_when_it_is_a_bookable_time_of_that_session() {
        List<Long> firstSlots = java.util.stream.Stream.of(fixtures.sessionNextWeek(2), fixtures.sessionNextWeek(2))
                .map(fixtures::firstSlot).toList();
        login(Roles.WORKER, null);
        try (BookingPage page = BookingPage.open()) {
            BookingPage.Time first = page.times("Afspraak maken").getFirst();
            String session = Long.toString(first.session());
            List<Long> inFirst = page.times("Afspraak maken").stream().filter(t -> t.session() == first.session())
                    .map(BookingPage.Time::id).toList();
            long foreign = firstSlots.stream().filter(id -> !inFirst.contains(id)).findFirst().orElseThrow();
            // forged clicks: a time of another session, no time, a made-up session, text that is not an id
            page.act("time", Long.toString(foreign), session);
            page.act("time", "0", session);
            page.act("time", Long.toString(first.id()), "999999999");
            page.act("time", Long.toString(first.id()) + " OR 1=1", session);
            page.act("book", Long.toString(first.id()), session);
            assertThat(_find(Dialog.class)).isEmpty();
            page.choose(first);
            assertThat(_find(Dialog.class)).hasSize(1);
        }
    }

    @Test
    void a_session_the_browser_names_shows_times_only_when_it_is_coming_for_the_chosen_municipality() {
        SessionSummary assen = fixtures.sessionNextWeek(2);
        login(Roles.WORKER, null);
        try (BookingPage page = BookingPage.open()) {
            page.showSession(assen.id());
            page.act("open", Long.toString(assen.id()), "");
            assertThat(page.times(page.showSession(assen.id()))).contains("data-action=\"time\"");
            String other = municipalities.participating().stream().map(m -> m.id())
                    .filter(id -> bookings.comingSessions(id).stream().noneMatch(o -> o.session().id() == assen.id()))
                    .findFirst().orElseThrow();
            page.chooseMunicipality(other);
            // the browser still names Assen's session: the server reads it for the municipality now chosen
            page.dom().body().append("<details class=\"portal-session\" data-session=\"" + assen.id()
                    + "\"></details>");
            page.act("open", Long.toString(assen.id()), "");
            assertThat(page.session(assen.id()).map(page::times).orElseThrow()).doesNotContain("data-action=\"time\"")
                    .contains("Er zijn nu geen plaatsen.");
        }
    }

    @Test
    void a_booking_or_waiting_place_the_browser_names_is_changed_only_when_it_is_the_workers_own() {
        SessionSummary session = fixtures.sessionNextWeek(2);
        long slot = fixtures.firstSlot(session);
        SignedInUser other = accounts.create(Roles.WORKER, null);
        nl.erkenningsportaal.account.TestAccounts.signIn(other);
        bookings.book(new nl.erkenningsportaal.consultation.BookingRequest(slot, "GM0106", "nl", false, null, null));
        long othersBooking = jdbc.queryForObject("SELECT id FROM consultation_booking WHERE worker_account_id = ?",
                Long.class, other.id());
        login(Roles.WORKER, null);
        try (BookingPage page = BookingPage.open()) {
            page.act("cancel", Long.toString(othersBooking), "");
            page.act("move", Long.toString(othersBooking), "");
            page.act("leave", Long.toString(slot), "");
            assertThat(booked(other)).isEqualTo(1);
            assertThat(_find(Dialog.class)).isEmpty();
            assertThat(page.buttons("Afzeggen ")).isEmpty();
        }
    }

    @Test
    void a_booking_refused_because_the_place_was_taken_closes_its_dialog_and_shows_why() {
        SessionSummary session = fixtures.sessionNextWeek(1);
        long slot = fixtures.firstSlot(session);
        SignedInUser worker = login(Roles.WORKER, null);
        try (BookingPage page = BookingPage.open()) {
            page.open(page.showSession(session.id()));
            page.choose(page.times("Afspraak maken").stream().filter(t -> t.id() == slot).findFirst().orElseThrow());
            assertThat(_find(Dialog.class)).hasSize(1);
            // someone else takes the last place while the dialog is open
            nl.erkenningsportaal.account.TestAccounts.signIn(accounts.create(Roles.WORKER, null));
            bookings.book(new nl.erkenningsportaal.consultation.BookingRequest(slot, "GM0106", "nl", false, null,
                    null));
            nl.erkenningsportaal.account.TestAccounts.signIn(worker);
            _click(_get(Button.class, s -> s.withText("Afspraak maken")));
            assertThat(_find(Dialog.class)).isEmpty();
            assertThat(booked(worker)).isZero();
            expectNotifications("Deze plaats is net vergeven. Kies een andere tijd of ga op de wachtlijst.");
        }
    }

    @Test
    void a_dialog_left_open_goes_with_the_page_when_the_worker_goes_elsewhere() {
        fixtures.sessionNextWeek(2);
        login(Roles.WORKER, null);
        try (BookingPage page = BookingPage.open()) {
            page.choose(page.times("Afspraak maken").getFirst());
            assertThat(_find(Dialog.class)).hasSize(1);
            UI.getCurrent().navigate("informatie");
            assertThat(_find(Dialog.class)).isEmpty();
        }
    }

    @Test
    void the_coming_sessions_are_shown_six_at_a_time_until_the_worker_asks_for_more() {
        for (int i = 0; i < BookConsultationView.SESSIONS_SHOWN + 3; i++) {
            fixtures.sessionNextWeek(2);
        }
        login(Roles.WORKER, null);
        int coming = bookings.comingSessions("GM0106").size();
        assertThat(coming).isGreaterThan(BookConsultationView.SESSIONS_SHOWN);
        try (BookingPage page = BookingPage.open()) {
            assertThat(page.sessions()).hasSize(BookConsultationView.SESSIONS_SHOWN);
            assertThat(page.sessions().stream().filter(s -> s.hasAttr("open"))).hasSize(1);
            int clicks = 0;
            while (page.more().isPresent() && clicks <= coming) {
                assertThat(page.more().get())
                        .isEqualTo("Meer spreekuren tonen (nog " + (coming - page.sessions().size()) + ")");
                page.showMore();
                clicks++;
            }
            assertThat(clicks).isEqualTo((coming - 1) / BookConsultationView.SESSIONS_SHOWN);
            assertThat(page.sessions()).hasSize(coming);
            assertThat(page.sessions().stream().map(s -> s.attr("data-session")).distinct()).hasSize(coming);
            assertThat(page.times("Afspraak maken")).hasSize((int) bookings.comingSessions("GM0106").getFirst().slots()
                    .stream().filter(x -> x.free() > 0).count());
            // asked once more (a stale page): nothing is added twice
            page.showMore();
            assertThat(page.sessions()).hasSize(coming);
        }
    }

    @Test
    void the_worker_chooses_another_municipality_and_a_value_not_on_the_list_changes_nothing() {
        fixtures.sessionNextWeek(2);
        login(Roles.WORKER, null);
        try (BookingPage page = BookingPage.open()) {
            int inAssen = page.sessions().size();
            assertThat(inAssen).isPositive();
            assertThat(page.kept())
                    .contains("<label for=\"portal-municipality\">Uw gemeente</label>")
                    .contains("<option value=\"GM0106\" selected>Assen</option>");
            String other = municipalities.participating().stream().map(m -> m.id())
                    .filter(id -> Math.min(bookings.comingSessions(id).size(), BookConsultationView.SESSIONS_SHOWN)
                            != inAssen).findFirst().orElseThrow();
            page.chooseMunicipality(other);
            int inOther = Math.min(bookings.comingSessions(other).size(), BookConsultationView.SESSIONS_SHOWN);
            assertThat(page.sessions()).hasSize(inOther);
            // a value the list does not hold (made up in the browser) is ignored
            page.chooseMunicipality("GM0106' OR 1=1");
            page.chooseMunicipality("");
            assertThat(page.sessions()).hasSize(inOther);
            page.chooseMunicipality("GM0106");
            assertThat(page.sessions()).hasSize(inAssen);
        }
    }

    @Test
    void a_worker_books_in_english() {
        fixtures.sessionNextWeek(2);
        SignedInUser worker = login(Roles.WORKER, null);
        locale(Locale.ENGLISH);
        try (BookingPage page = BookingPage.open()) {
            assertThat(page.dom().select("h1").text()).isEqualTo("Free consultation of the GGD");
            page.choose(page.times("Book").getFirst());
            _click(_get(Button.class, s -> s.withText("Book")));
            assertThat(booked(worker)).isEqualTo(1);
            assertThat(page.buttons("Move ")).hasSize(1);
        }
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
