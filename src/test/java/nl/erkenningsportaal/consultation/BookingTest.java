package nl.erkenningsportaal.consultation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.erkenningsportaal.Application;
import nl.erkenningsportaal.IntegrationTest;
import nl.erkenningsportaal.account.SignedInUser;
import nl.erkenningsportaal.account.TestAccounts;
import nl.erkenningsportaal.platform.Refusal;
import nl.erkenningsportaal.platform.Roles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authorization.AuthorizationDeniedException;

@IntegrationTest
class BookingTest {

    @Autowired
    WorkerBookingService bookings;

    @Autowired
    GgdConsultationService ggd;

    @Autowired
    ConsultationFixtures fixtures;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    org.springframework.context.ApplicationContext context;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    static BookingRequest request(long slot) {
        return new BookingRequest(slot, "GM0106", "pt", true, Reason.STI_TEST, "Luna");
    }

    @Test
    void fifty_workers_racing_for_the_last_place_give_exactly_one_booking_and_49_clear_answers() throws Exception {
        long slot = fixtures.firstSlot(fixtures.sessionNextWeek(1));
        List<SignedInUser> workers = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            workers.add(accounts.create(Roles.WORKER, null));
        }
        List<String> outcomes = race(workers, w -> bookings.book(request(slot)));
        assertThat(outcomes.stream().filter("BOOKED"::equals)).hasSize(1);
        assertThat(outcomes.stream().filter("consultation.error.taken"::equals)).hasSize(49);
        assertThat(jdbc.queryForObject("SELECT booked FROM consultation_slot WHERE id = ?", Integer.class, slot))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM consultation_booking WHERE slot_id = ? AND "
                + "status = 'BOOKED'", Integer.class, slot)).isEqualTo(1);
    }

    @Test
    void the_same_race_from_two_application_nodes_on_one_database_still_books_once() throws Exception {
        long slot = fixtures.firstSlot(fixtures.sessionNextWeek(1));
        List<SignedInUser> workers = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            workers.add(accounts.create(Roles.WORKER, null));
        }
        try (ConfigurableApplicationContext second = new SpringApplicationBuilder(Application.class)
                .profiles("test").properties("spring.main.banner-mode=off")
                // an argument, not a default property: application.properties' server.port would win over that
                .run("--server.port=0")) {
            WorkerBookingService otherNode = second.getBean(WorkerBookingService.class);
            // each node reads the signed-in user from its own security context strategy
            var here = context.getBean(org.springframework.security.core.context.SecurityContextHolderStrategy.class);
            var there = second.getBean(org.springframework.security.core.context.SecurityContextHolderStrategy.class);
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(workers.size());
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < workers.size(); i++) {
                SignedInUser w = workers.get(i);
                WorkerBookingService node = i % 2 == 0 ? bookings : otherNode;
                var strategy = i % 2 == 0 ? here : there;
                results.add(pool.submit(() -> {
                    var ctx = strategy.createEmptyContext();
                    ctx.setAuthentication(TestAccounts.signIn(w));
                    strategy.setContext(ctx);
                    start.await();
                    try {
                        node.book(request(slot));
                        return "BOOKED";
                    } catch (Refusal r) {
                        return r.messageKey();
                    } finally {
                        strategy.clearContext();
                    }
                }));
            }
            start.countDown();
            List<String> outcomes = new ArrayList<>();
            for (Future<String> f : results) {
                outcomes.add(f.get());
            }
            pool.shutdown();
            assertThat(outcomes.stream().filter("BOOKED"::equals)).hasSize(1);
            assertThat(outcomes.stream().filter("consultation.error.taken"::equals)).hasSize(workers.size() - 1);
        }
        assertThat(jdbc.queryForObject("SELECT booked FROM consultation_slot WHERE id = ?", Integer.class, slot))
                .isEqualTo(1);
    }

    @Test
    void rescheduling_under_contention_never_leaves_a_worker_with_two_places_or_none() throws Exception {
        SessionSummary session = fixtures.sessionNextWeek(1);
        TestAccounts.signIn(accounts.create(Roles.GGD, null));
        List<DaySlot> slots = ggd.day(session.id()).slots();
        long a = slots.get(0).slot().id();
        long b = slots.get(1).slot().id();
        TestAccounts.signOut();
        SignedInUser mover = accounts.create(Roles.WORKER, null);
        TestAccounts.signIn(mover);
        long booking = bookings.book(request(a)).id();
        TestAccounts.signOut();
        List<SignedInUser> racers = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            racers.add(accounts.create(Roles.WORKER, null));
        }
        List<SignedInUser> all = new ArrayList<>(racers);
        all.add(mover);
        List<String> outcomes = race(all, w -> w == mover ? bookings.reschedule(booking, b) : bookings.book(request(b)));
        long moverPlaces = jdbc.queryForObject("SELECT COUNT(*) FROM consultation_booking WHERE worker_account_id = ? "
                + "AND status = 'BOOKED'", Long.class, mover.id());
        assertThat(moverPlaces).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT booked FROM consultation_slot WHERE id = ?", Integer.class, b))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT booked FROM consultation_slot WHERE id = ?", Integer.class, a))
                .isEqualTo(outcomes.getLast().equals("BOOKED") ? 0 : 1);
    }

    @Test
    void a_cancellation_gives_the_place_to_the_first_in_line_and_leaving_the_list_works() {
        long slot = fixtures.firstSlot(fixtures.sessionNextWeek(1));
        SignedInUser first = accounts.create(Roles.WORKER, null);
        SignedInUser second = accounts.create(Roles.WORKER, null);
        SignedInUser third = accounts.create(Roles.WORKER, null);
        TestAccounts.signIn(first);
        long booking = bookings.book(request(slot)).id();
        TestAccounts.signIn(second);
        assertThatThrownBy(() -> bookings.book(request(slot))).hasMessage("consultation.error.taken");
        bookings.joinWaitingList(request(slot));
        TestAccounts.signIn(third);
        bookings.joinWaitingList(request(slot));
        assertThat(bookings.myWaitingLists()).singleElement().satisfies(w -> assertThat(w.position()).isEqualTo(2));
        bookings.leaveWaitingList(slot);
        assertThat(bookings.myWaitingLists()).isEmpty();

        TestAccounts.signIn(first);
        bookings.cancel(booking);
        TestAccounts.signIn(second);
        assertThat(bookings.myBookings()).anySatisfy(b -> {
            assertThat(b.slotId()).isEqualTo(slot);
            assertThat(b.status()).isEqualTo(BookingStatus.BOOKED);
        });
        assertThat(bookings.myWaitingLists()).isEmpty();
        assertThat(jdbc.queryForObject("SELECT booked FROM consultation_slot WHERE id = ?", Integer.class, slot))
                .isEqualTo(1);
    }

    @Test
    void bad_input_is_refused_with_a_translated_message() {
        SessionSummary session = fixtures.sessionNextWeek(2);
        long slot = fixtures.firstSlot(session);
        TestAccounts.signIn(accounts.create(Roles.GGD, null));
        long location = ggd.locations().getFirst().id();
        LocalDate monday = LocalDate.now().plusWeeks(2).with(DayOfWeek.MONDAY);
        assertRefused("consultation.error.capacity", () -> ggd.createSeries(new NewSeries(location, DayOfWeek.MONDAY,
                LocalTime.of(9, 0), LocalTime.of(10, 0), 30, 0, monday, monday, Set.of("GM0106"))));
        assertRefused("consultation.error.end-before-start", () -> ggd.createSeries(new NewSeries(location,
                DayOfWeek.MONDAY, LocalTime.of(10, 0), LocalTime.of(9, 0), 30, 2, monday, monday, Set.of("GM0106"))));
        assertRefused("consultation.error.slot-length", () -> ggd.createSeries(new NewSeries(location,
                DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(10, 0), 25, 2, monday, monday, Set.of("GM0106"))));
        assertRefused("consultation.error.in-past", () -> ggd.createSeries(new NewSeries(location, DayOfWeek.MONDAY,
                LocalTime.of(9, 0), LocalTime.of(10, 0), 30, 2, monday.minusYears(1), monday, Set.of("GM0106"))));

        TestAccounts.signIn(accounts.create(Roles.WORKER, null));
        bookings.book(request(slot));
        assertRefused("consultation.error.double", () -> bookings.book(request(slot)));
        assertRefused("consultation.error.not-for-your-municipality", () -> bookings.book(
                new BookingRequest(slot, "GM0114", "nl", false, null, null)));

        TestAccounts.signIn(accounts.create(Roles.GGD, null));
        ggd.cancelSession(session.id(), "De GGD-arts is ziek.");
        TestAccounts.signIn(accounts.create(Roles.WORKER, null));
        assertRefused("consultation.error.session-cancelled", () -> bookings.book(request(slot)));
    }

    @Test
    void a_worker_holds_at_most_two_coming_bookings() {
        SessionSummary session = fixtures.sessionNextWeek(3);
        TestAccounts.signIn(accounts.create(Roles.GGD, null));
        List<DaySlot> slots = ggd.day(session.id()).slots();
        TestAccounts.signIn(accounts.create(Roles.WORKER, null));
        bookings.book(request(slots.get(0).slot().id()));
        bookings.book(request(slots.get(1).slot().id()));
        assertRefused("consultation.error.limit", () -> bookings.book(request(slots.get(2).slot().id())));
    }

    @Test
    void sessions_on_the_days_the_clocks_change_have_the_right_slots() {
        // 01:00-04:00 in 30-minute slots: in March 02:00 and 02:30 do not exist, in October they are kept once
        assertThat(GgdConsultationService.slotTimes(LocalDate.of(2027, 3, 28), LocalTime.of(1, 0), LocalTime.of(4, 0),
                30)).extracting(t -> t[0]).containsExactly(LocalTime.of(1, 0), LocalTime.of(1, 30), LocalTime.of(3, 0),
                LocalTime.of(3, 30));
        assertThat(GgdConsultationService.slotTimes(LocalDate.of(2027, 10, 31), LocalTime.of(1, 0), LocalTime.of(4, 0),
                30)).extracting(t -> t[0]).containsExactly(LocalTime.of(1, 0), LocalTime.of(1, 30), LocalTime.of(2, 0),
                LocalTime.of(2, 30), LocalTime.of(3, 0), LocalTime.of(3, 30));
        assertThat(GgdConsultationService.slotTimes(LocalDate.of(2027, 6, 6), LocalTime.of(1, 0), LocalTime.of(4, 0),
                30)).hasSize(6);
    }

    @Test
    void care_stays_apart_from_enforcement_officers_reach_no_consultation_method_and_ggd_sees_no_identity() {
        SessionSummary session = fixtures.sessionNextWeek(2);
        long slot = fixtures.firstSlot(session);
        TestAccounts.signIn(accounts.create(Roles.WORKER, null));
        bookings.book(request(slot));

        accounts.signInAs(Roles.OFFICER, "GM0106");
        assertDenied(() -> ggd.day(session.id()));
        assertDenied(() -> ggd.sessions(LocalDate.now(), LocalDate.now().plusYears(1)));
        assertDenied(() -> ggd.markAttendance(1, BookingStatus.ATTENDED));
        assertDenied(() -> bookings.myBookings());
        assertDenied(() -> bookings.comingSessions("GM0106"));
        assertDenied(() -> bookings.comingSlots(session.id(), "GM0106"));
        accounts.signInAs(Roles.GGD, null);
        assertDenied(() -> bookings.book(request(slot)));
        // the day view's records have no field for a name, birth date or address
        assertThat(DayBooking.class.getRecordComponents()).extracting(c -> c.getName())
                .containsExactly("id", "reference", "workName", "language", "interpreter", "reason", "status");
        assertThat(ggd.day(session.id()).slots().getFirst().bookings()).singleElement()
                .satisfies(b -> assertThat(b.reference()).hasSize(8));
    }

    @Test
    void a_folded_session_shows_its_times_as_they_are_when_opened_and_only_to_the_municipalities_it_serves() {
        SessionSummary session = fixtures.sessionNextWeek(2); // serves Assen and De Wolden
        long slot = fixtures.firstSlot(session);
        TestAccounts.signIn(accounts.create(Roles.WORKER, null));
        List<SlotView> before = bookings.comingSlots(session.id(), "GM0106");
        assertThat(before).extracting(SlotView::id).containsExactlyElementsOf(bookings.comingSessions("GM0106")
                .stream().filter(o -> o.session().id() == session.id()).findFirst().orElseThrow().slots().stream()
                .map(SlotView::id).toList());
        assertThat(before.getFirst().free()).isEqualTo(2);

        TestAccounts.signIn(accounts.create(Roles.WORKER, null));
        bookings.book(request(slot));
        assertThat(bookings.comingSlots(session.id(), "GM0106").getFirst().free()).isEqualTo(1);
        assertThat(bookings.comingSlots(session.id(), "GM1690")).extracting(SlotView::id) // De Wolden: served
                .containsExactlyElementsOf(before.stream().map(SlotView::id).toList());
        assertThat(bookings.comingSlots(session.id(), "GM1680")).isEmpty(); // Aa en Hunze: not served
        assertThat(bookings.comingSlots(Long.MAX_VALUE, "GM0106")).isEmpty();
    }

    @Test
    void ggd_marks_attendance_and_counts_walk_ins() {
        SessionSummary session = fixtures.sessionNextWeek(2);
        long slot = fixtures.firstSlot(session);
        TestAccounts.signIn(accounts.create(Roles.WORKER, null));
        long booking = bookings.book(request(slot)).id();
        TestAccounts.signIn(accounts.create(Roles.GGD, null));
        ggd.markAttendance(booking, BookingStatus.ATTENDED);
        assertThat(ggd.countWalkIn(session.id(), 1)).isEqualTo(1);
        assertThat(ggd.countWalkIn(session.id(), 1)).isEqualTo(2);
        assertThat(ggd.day(session.id()).slots().getFirst().bookings().getFirst().status())
                .isEqualTo(BookingStatus.ATTENDED);
    }

    interface Attempt {
        Object run() throws Exception;
    }

    private List<String> race(List<SignedInUser> workers, java.util.function.Function<SignedInUser, Object> action)
            throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(workers.size());
        List<Future<String>> results = new ArrayList<>();
        for (SignedInUser w : workers) {
            results.add(pool.submit(() -> attempt(w, start, () -> action.apply(w))));
        }
        start.countDown();
        List<String> outcomes = new ArrayList<>();
        for (Future<String> f : results) {
            outcomes.add(f.get());
        }
        pool.shutdown();
        return outcomes;
    }

    private static String attempt(SignedInUser w, CountDownLatch start, Attempt action) throws Exception {
        TestAccounts.signIn(w);
        start.await();
        try {
            action.run();
            return "BOOKED";
        } catch (Refusal r) {
            return r.messageKey();
        } finally {
            TestAccounts.signOut();
        }
    }

    @Test
    void ggd_changes_one_sessions_times_and_no_booked_worker_loses_or_moves_their_place() {
        SessionSummary session = fixtures.sessionNextWeek(2); // 09:00-11:00, 30-minute slots
        long first = fixtures.firstSlot(session);
        TestAccounts.signIn(accounts.create(Roles.WORKER, null));
        bookings.book(request(first)); // 09:00

        TestAccounts.signIn(accounts.create(Roles.GGD, null));
        // later start would drop the booked 09:00 slot: refused, nothing changed
        assertRefused("consultation.error.times-drop-booked",
                () -> ggd.changeTimes(session.id(), LocalTime.of(9, 30), LocalTime.of(11, 0)));
        assertThat(ggd.day(session.id()).slots()).hasSize(4);
        assertRefused("consultation.error.slot-length",
                () -> ggd.changeTimes(session.id(), LocalTime.of(9, 0), LocalTime.of(11, 10)));
        assertRefused("consultation.error.end-before-start",
                () -> ggd.changeTimes(session.id(), LocalTime.of(11, 0), LocalTime.of(9, 0)));

        // an earlier start and an earlier end: 08:00-10:00; the 09:00 booking keeps its slot and time
        ggd.changeTimes(session.id(), LocalTime.of(8, 0), LocalTime.of(10, 0));
        DayView day = ggd.day(session.id());
        assertThat(day.session().start()).isEqualTo(LocalTime.of(8, 0));
        assertThat(day.session().end()).isEqualTo(LocalTime.of(10, 0));
        assertThat(day.slots()).extracting(d -> d.slot().start()).containsExactly(LocalTime.of(8, 0),
                LocalTime.of(8, 30), LocalTime.of(9, 0), LocalTime.of(9, 30));
        DaySlot nine = day.slots().get(2);
        assertThat(nine.slot().id()).isEqualTo(first);
        assertThat(nine.bookings()).hasSize(1);
        assertThat(day.slots().getFirst().slot().capacity()).isEqualTo(2);

        ggd.cancelSession(session.id(), "Verplaatst.");
        assertRefused("consultation.error.session-cancelled",
                () -> ggd.changeTimes(session.id(), LocalTime.of(9, 0), LocalTime.of(11, 0)));
    }

    @Test
    void officers_and_workers_cannot_change_session_times() {
        SessionSummary session = fixtures.sessionNextWeek(1);
        accounts.signInAs(Roles.OFFICER, "GM0106");
        assertDenied(() -> ggd.changeTimes(session.id(), LocalTime.of(9, 0), LocalTime.of(10, 0)));
        TestAccounts.signIn(accounts.create(Roles.WORKER, null));
        assertDenied(() -> ggd.changeTimes(session.id(), LocalTime.of(9, 0), LocalTime.of(10, 0)));
    }

    private static void assertRefused(String key, org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        assertThatThrownBy(call).as(key).isInstanceOf(Refusal.class).hasMessage(key);
    }

    private static void assertDenied(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOf(AuthorizationDeniedException.class);
    }
}
