package nl.erkenningsportaal.consultation.ui;

import static com.github.mvysny.kaributesting.v10.BasicUtilsKt._fireDomEvent;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.internal.JacksonUtils;
import java.util.List;
import java.util.regex.Pattern;
import java.util.Locale;
import nl.erkenningsportaal.KaribuTest;
import nl.erkenningsportaal.account.Roles;
import nl.erkenningsportaal.account.SignedInUser;
import nl.erkenningsportaal.consultation.ConsultationFixtures;
import nl.erkenningsportaal.consultation.SessionSummary;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.node.ObjectNode;

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
        UI.getCurrent().navigate("spreekuur");
        _get(H1.class, s -> s.withText("Gratis spreekuur van de GGD"));
        click(timeButtons("Afspraak maken").getFirst());
        _click(_get(Button.class, s -> s.withText("Afspraak maken")));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM consultation_booking WHERE worker_account_id = ? AND "
                + "status = 'BOOKED'", Integer.class, worker.id())).isEqualTo(1);
        assertThat(_find(Span.class).stream().map(Span::getText)).anyMatch(t -> t.startsWith("Afspraakcode: "));
        _click(_get(Button.class, s -> s.withText("Afzeggen")));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM consultation_booking WHERE worker_account_id = ? AND "
                + "status = 'BOOKED'", Integer.class, worker.id())).isZero();
    }

    @Test
    void only_the_first_coming_session_shows_its_times_until_the_worker_opens_another() {
        fixtures.sessionNextWeek(2);
        fixtures.sessionNextWeek(2);
        login(Roles.WORKER, null);
        UI.getCurrent().navigate("spreekuur");
        List<Component> sessions = sessions();
        assertThat(sessions).hasSizeGreaterThanOrEqualTo(2);
        assertThat(isOpen(sessions.getFirst())).isTrue();
        assertThat(times(sessions.getFirst())).contains("data-slot=");
        Component later = sessions.getLast();
        assertThat(isOpen(later)).isFalse();
        assertThat(times(later)).isEmpty();
        open(later);
        assertThat(times(later)).contains("data-slot=");
        // opened again (the browser reports it only while the times are missing): still one list of times
        open(later);
        assertThat(_find(later, Html.class)).hasSize(2);
    }

    @Test
    void a_time_is_one_element_of_escaped_markup_and_its_button_names_day_and_place() {
        fixtures.sessionNextWeek(2);
        login(Roles.WORKER, null);
        UI.getCurrent().navigate("spreekuur");
        TimeButton first = timeButtons("Afspraak maken").getFirst();
        assertThat(first.times().getInnerHtml()).contains("aria-label=\"Afspraak maken ")
                .doesNotContain("<script");
        assertThat(_find(first.times(), Button.class)).isEmpty();
    }

    @Test
    void a_time_the_browser_names_is_only_offered_when_it_is_a_bookable_time_of_that_session() {
        List<Long> firstSlots = java.util.stream.Stream.of(fixtures.sessionNextWeek(2), fixtures.sessionNextWeek(2))
                .map(fixtures::firstSlot).toList();
        login(Roles.WORKER, null);
        UI.getCurrent().navigate("spreekuur");
        TimeButton first = timeButtons("Afspraak maken").getFirst();
        // a forged click naming a time of another session (or none at all) opens nothing
        List<Long> inFirst = timeButtons("Afspraak maken").stream().filter(b -> b.times() == first.times())
                .map(TimeButton::slotId).toList();
        long foreign = firstSlots.stream().filter(id -> !inFirst.contains(id)).findFirst().orElseThrow();
        click(new TimeButton(first.times(), foreign));
        assertThat(_find(com.vaadin.flow.component.dialog.Dialog.class)).isEmpty();
        click(new TimeButton(first.times(), 0));
        assertThat(_find(com.vaadin.flow.component.dialog.Dialog.class)).isEmpty();
        click(first);
        assertThat(_find(com.vaadin.flow.component.dialog.Dialog.class)).hasSize(1);
    }

    @Test
    void the_coming_sessions_are_shown_six_at_a_time_until_the_worker_asks_for_more() {
        for (int i = 0; i < BookConsultationView.SESSIONS_SHOWN + 3; i++) {
            fixtures.sessionNextWeek(2);
        }
        login(Roles.WORKER, null);
        int coming = bookings.comingSessions("GM0106").size();
        assertThat(coming).isGreaterThan(BookConsultationView.SESSIONS_SHOWN);
        UI.getCurrent().navigate("spreekuur");
        assertThat(sessions()).hasSize(BookConsultationView.SESSIONS_SHOWN);
        assertThat(sessions().stream().filter(ConsultationUiTest::isOpen)).hasSize(1);
        int clicks = 0;
        for (List<Button> more = moreSessions(coming); !more.isEmpty(); more = moreSessions(coming)) {
            _click(more.getFirst());
            clicks++;
        }
        assertThat(clicks).isEqualTo((coming - 1) / BookConsultationView.SESSIONS_SHOWN);
        assertThat(sessions()).hasSize(coming);
        assertThat(timeButtons("Afspraak maken")).hasSize(
                (int) bookings.comingSessions("GM0106").getFirst().slots().stream().filter(x -> x.free() > 0).count());
    }

    @Test
    void the_worker_chooses_another_municipality_and_a_value_not_on_the_list_changes_nothing() {
        fixtures.sessionNextWeek(2);
        login(Roles.WORKER, null);
        UI.getCurrent().navigate("spreekuur");
        int inAssen = sessions().size();
        assertThat(inAssen).isPositive();
        Html choice = _find(Html.class).stream()
                .filter(h -> h.getInnerHtml().contains("<select id=\"portal-municipality\"")).findFirst().orElseThrow();
        assertThat(choice.getInnerHtml()).contains("<label for=\"portal-municipality\">Uw gemeente</label>")
                .contains("<option value=\"GM0106\" selected>Assen</option>");
        String other = municipalities.participating().stream().map(m -> m.id())
                .filter(id -> Math.min(bookings.comingSessions(id).size(), BookConsultationView.SESSIONS_SHOWN)
                        != inAssen).findFirst().orElseThrow();
        choose(choice, other);
        int inOther = Math.min(bookings.comingSessions(other).size(), BookConsultationView.SESSIONS_SHOWN);
        assertThat(sessions()).hasSize(inOther);
        // a value the list does not hold (made up in the browser) is ignored
        choose(choice, "GM0106' OR 1=1");
        choose(choice, "");
        assertThat(sessions()).hasSize(inOther);
        choose(choice, "GM0106");
        assertThat(sessions()).hasSize(inAssen);
    }

    private static void choose(Html choice, String municipalityId) {
        ObjectNode data = JacksonUtils.createObjectNode();
        data.put(BookConsultationView.CHOSEN_MUNICIPALITY, municipalityId);
        _fireDomEvent(choice, "change", data);
    }

    /** The coming sessions shown: the browser's own details elements, the summary always there. */
    private static List<Component> sessions() {
        return _find(Component.class).stream().filter(c -> "details".equals(c.getElement().getTag())).toList();
    }

    private static boolean isOpen(Component session) {
        return session.getElement().hasAttribute("open");
    }

    /** The session's address and times as markup; empty while they are not built. */
    private static String times(Component session) {
        return _find(session, Html.class).stream()
                .filter(h -> h.getElement().getClassList().contains("portal-times")).map(Html::getInnerHtml)
                .findFirst().orElse("");
    }

    /** The worker opens a folded session, as the browser reports it (the toggle passed the filter). */
    private static void open(Component session) {
        ObjectNode data = JacksonUtils.createObjectNode();
        data.put(BookConsultationView.SESSION_OPENED, true);
        session.getElement().setAttribute("open", true);
        _fireDomEvent(session, "toggle", data);
    }

    /** A time's button in a session's markup: the element it is in and the time's id. */
    record TimeButton(Html times, long slotId) {
    }

    private static final Pattern TIME_BUTTON = Pattern.compile(
            "<vaadin-button data-slot=\"(\\d+)\" aria-label=\"[^\"]*\">([^<]*)</vaadin-button>");

    /** The times' buttons shown with this label, in order. */
    private static List<TimeButton> timeButtons(String label) {
        return _find(Html.class).stream().flatMap(h -> TIME_BUTTON.matcher(h.getInnerHtml()).results()
                .filter(m -> m.group(2).equals(label)).map(m -> new TimeButton(h, Long.parseLong(m.group(1)))))
                .toList();
    }

    /** A click on a time's button as the browser reports it: the click passed the filter, and the time's id. */
    private static void click(TimeButton button) {
        ObjectNode data = JacksonUtils.createObjectNode();
        data.put(BookConsultationView.TIME_CLICKED, true);
        data.put(BookConsultationView.CHOSEN_SLOT, Long.toString(button.slotId()));
        _fireDomEvent(button.times(), "click", data);
    }

    /** The "show more" button, saying how many sessions are not shown yet; none when all are. */
    private static List<Button> moreSessions(int coming) {
        String label = "Meer spreekuren tonen (nog " + (coming - sessions().size()) + ")";
        return _find(Button.class, s -> s.withText(label));
    }

    @Test
    void a_worker_books_in_english() {
        fixtures.sessionNextWeek(2);
        SignedInUser worker = login(Roles.WORKER, null);
        locale(Locale.ENGLISH);
        UI.getCurrent().navigate("spreekuur");
        _get(H1.class, s -> s.withText("Free consultation of the GGD"));
        click(timeButtons("Book").getFirst());
        _click(_get(Button.class, s -> s.withText("Book")));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM consultation_booking WHERE worker_account_id = ? AND "
                + "status = 'BOOKED'", Integer.class, worker.id())).isEqualTo(1);
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
