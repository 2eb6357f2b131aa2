package nl.erkenningsportaal.consultation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import nl.erkenningsportaal.IntegrationTest;
import nl.erkenningsportaal.account.SignedInUser;
import nl.erkenningsportaal.account.TestAccounts;
import nl.erkenningsportaal.audit.AuditAction;
import nl.erkenningsportaal.audit.AuditService;
import nl.erkenningsportaal.platform.Refusal;
import nl.erkenningsportaal.platform.Roles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * The GGD changes a series from a date on (issue 20): only the sessions from that date on change, the bookings they
 * hold move with them or are cancelled, a lower capacity never cancels anyone, bad values are refused and change
 * nothing, and every change is kept in the series' history and audited.
 */
@IntegrationTest
class SeriesChangeTest {

    @Autowired
    GgdConsultationService ggd;

    @Autowired
    WorkerBookingService bookings;

    @Autowired
    TestAccounts accounts;

    @Autowired
    AuditService audit;

    @Autowired
    Clock clock;

    SignedInUser staff;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    /** Four Mondays from next week, 09:00–11:00 in 30-minute slots of two places each. */
    record Fixture(long seriesId, List<LocalDate> mondays) {}

    Fixture fourMondays(String place) {
        staff = accounts.create(Roles.GGD, null);
        TestAccounts.signIn(staff);
        long location = ggd.createLocation(place, "Voorbeeldstraat 2, Assen", null);
        LocalDate first = LocalDate.now(clock).plusWeeks(1).with(DayOfWeek.MONDAY);
        List<LocalDate> mondays = List.of(first, first.plusWeeks(1), first.plusWeeks(2), first.plusWeeks(3));
        assertThat(ggd.createSeries(new NewSeries(location, DayOfWeek.MONDAY, LocalTime.of(9, 0),
                LocalTime.of(11, 0), 30, 2, first, mondays.getLast(), Set.of("GM0106")))).isEqualTo(4);
        long seriesId = ggd.series().stream().filter(s -> s.locationName().equals(place)).findFirst().orElseThrow()
                .id();
        return new Fixture(seriesId, mondays);
    }

    SessionSummary session(String place, LocalDate day) {
        TestAccounts.signIn(staff);
        return ggd.sessions(day, day).stream().filter(s -> s.locationName().equals(place)).findFirst().orElseThrow();
    }

    List<DaySlot> slots(String place, LocalDate day) {
        TestAccounts.signIn(staff);
        return ggd.day(session(place, day).id()).slots();
    }

    MyBooking book(SignedInUser worker, long slot) {
        TestAccounts.signIn(worker);
        return bookings.book(new BookingRequest(slot, "GM0106", "nl", false, null, null));
    }

    MyBooking bookingOf(SignedInUser worker) {
        TestAccounts.signIn(worker);
        return bookings.myBookings().getFirst();
    }

    List<MyWaiting> waitingOf(SignedInUser worker) {
        TestAccounts.signIn(worker);
        return bookings.myWaitingLists();
    }

    @Test
    void a_worker_moved_into_a_slot_she_was_waiting_for_holds_the_place_and_leaves_its_waiting_list() {
        String place = "Reeks-wacht-" + System.nanoTime();
        Fixture f = fourMondays(place);
        List<DaySlot> day = slots(place, f.mondays().getFirst());
        long nine = day.get(0).slot().id();
        long halfPastNine = day.get(1).slot().id();
        long halfPastTen = day.get(3).slot().id();
        SignedInUser worker = accounts.create(Roles.WORKER, null);
        book(worker, nine);
        book(accounts.create(Roles.WORKER, null), halfPastNine);
        book(accounts.create(Roles.WORKER, null), halfPastNine);
        TestAccounts.signIn(worker);
        bookings.joinWaitingList(new BookingRequest(halfPastNine, "GM0106", "nl", false, null, null));
        book(worker, halfPastTen);

        // 09:00–10:30 with four places: her 10:30 booking goes to the first slot she does not hold, 09:30, where
        // she waited; a place stays free there, and nobody else waits for it (she must not be booked there twice)
        TestAccounts.signIn(staff);
        SeriesChangePreview done = ggd.changeSeries(f.seriesId(), new SeriesChange(f.mondays().getFirst(),
                f.mondays().getLast(), LocalTime.of(9, 0), LocalTime.of(10, 30), 4));

        assertThat(done.bookingsMoved()).isOne();
        assertThat(done.waitingGivenPlace()).isZero();
        TestAccounts.signIn(worker);
        assertThat(bookings.myBookings()).filteredOn(b -> b.status() == BookingStatus.BOOKED)
                .extracting(MyBooking::slotId).containsExactlyInAnyOrder(nine, halfPastNine);
        assertThat(waitingOf(worker)).isEmpty();
    }

    @Test
    void a_higher_capacity_for_one_slot_gives_the_freed_places_to_the_first_in_line() {
        String place = "Reeks-plaats-" + System.nanoTime();
        Fixture f = fourMondays(place);
        long slot = slots(place, f.mondays().getFirst()).getFirst().slot().id();
        book(accounts.create(Roles.WORKER, null), slot);
        book(accounts.create(Roles.WORKER, null), slot);
        SignedInUser first = accounts.create(Roles.WORKER, null);
        SignedInUser second = accounts.create(Roles.WORKER, null);
        for (SignedInUser w : List.of(first, second)) {
            TestAccounts.signIn(w);
            bookings.joinWaitingList(new BookingRequest(slot, "GM0106", "nl", false, null, null));
        }

        TestAccounts.signIn(staff);
        ggd.changeCapacity(slot, 3);

        assertThat(bookingOf(first).slotId()).isEqualTo(slot);
        assertThat(waitingOf(first)).isEmpty();
        TestAccounts.signIn(second);
        assertThat(bookings.myBookings()).isEmpty();
        assertThat(waitingOf(second)).singleElement().extracting(MyWaiting::position).isEqualTo(1);
    }

    @Test
    void new_times_an_earlier_end_and_more_places_change_exactly_the_sessions_from_the_date_on() {
        String place = "Reeks-" + System.nanoTime();
        Fixture f = fourMondays(place);
        SignedInUser before = accounts.create(Roles.WORKER, null);
        SignedInUser moved = accounts.create(Roles.WORKER, null);
        SignedInUser removed = accounts.create(Roles.WORKER, null);
        book(before, slots(place, f.mondays().get(1)).get(1).slot().id());
        book(moved, slots(place, f.mondays().get(2)).get(1).slot().id());
        book(removed, slots(place, f.mondays().get(3)).getFirst().slot().id());
        TestAccounts.signIn(staff);
        CallerBooking caller = ggd.bookForCaller(slots(place, f.mondays().get(2)).get(3).slot().id(), "GM0106", "es",
                false);

        // from the third Monday: the series ends that day, runs 10:00–12:00, three places per slot
        SeriesChange change = new SeriesChange(f.mondays().get(2), f.mondays().get(2), LocalTime.of(10, 0),
                LocalTime.of(12, 0), 3);
        TestAccounts.signIn(staff);
        SeriesChangePreview preview = ggd.previewSeriesChange(f.seriesId(), change);
        assertThat(preview.sessionsChanged()).isOne();
        assertThat(preview.sessionsAdded()).isZero();
        assertThat(preview.sessionsRemoved()).isOne();
        assertThat(preview.bookingsMoved()).as("the worker's and the caller's").isEqualTo(2);
        assertThat(preview.bookingsCancelled()).isOne();
        assertThat(preview.callersToPhone()).singleElement().isEqualTo(new SeriesChangePreview.CallerToPhone(
                f.mondays().get(2), LocalTime.of(10, 30), LocalTime.of(11, 30), caller.code()));
        assertThat(session(place, f.mondays().get(2)).start()).as("the preview changes nothing")
                .isEqualTo(LocalTime.of(9, 0));

        TestAccounts.signIn(staff);
        assertThat(ggd.changeSeries(f.seriesId(), change)).isEqualTo(preview);

        for (LocalDate untouched : f.mondays().subList(0, 2)) {
            SessionSummary s = session(place, untouched);
            assertThat(s.start()).as("a session before the date keeps its times").isEqualTo(LocalTime.of(9, 0));
            assertThat(s.end()).isEqualTo(LocalTime.of(11, 0));
            assertThat(slots(place, untouched)).extracting(d -> d.slot().capacity()).containsOnly(2);
        }
        SessionSummary changed = session(place, f.mondays().get(2));
        assertThat(changed.start()).isEqualTo(LocalTime.of(10, 0));
        assertThat(changed.end()).isEqualTo(LocalTime.of(12, 0));
        assertThat(slots(place, f.mondays().get(2))).extracting(d -> d.slot().start())
                .containsExactly(LocalTime.of(10, 0), LocalTime.of(10, 30), LocalTime.of(11, 0), LocalTime.of(11, 30));
        assertThat(slots(place, f.mondays().get(2))).extracting(d -> d.slot().capacity()).containsOnly(3);
        assertThat(session(place, f.mondays().get(3)).cancelled()).as("after the new last date").isTrue();

        assertThat(bookingOf(before).start()).isEqualTo(LocalTime.of(9, 30));
        assertThat(bookingOf(moved).start()).as("the second slot moves to the second new time")
                .isEqualTo(LocalTime.of(10, 30));
        assertThat(bookingOf(moved).status()).isEqualTo(BookingStatus.BOOKED);
        assertThat(bookingOf(removed).status()).isEqualTo(BookingStatus.CANCELLED);
        TestAccounts.signIn(staff);
        assertThat(ggd.callerBooking(caller.code())).get().satisfies(c -> {
            assertThat(c.start()).isEqualTo(LocalTime.of(11, 30));
            assertThat(c.status()).isEqualTo(BookingStatus.BOOKED);
        });

        assertThat(ggd.seriesHistory(f.seriesId())).singleElement().satisfies(h -> {
            assertThat(h.changedBy()).isEqualTo(staff.id());
            assertThat(h.fromDate()).isEqualTo(f.mondays().get(2));
            assertThat(h.lastDateBefore()).isEqualTo(f.mondays().get(3));
            assertThat(h.lastDateAfter()).isEqualTo(f.mondays().get(2));
            assertThat(h.startBefore()).isEqualTo(LocalTime.of(9, 0));
            assertThat(h.startAfter()).isEqualTo(LocalTime.of(10, 0));
            assertThat(h.placesBefore()).isEqualTo(2);
            assertThat(h.placesAfter()).isEqualTo(3);
            assertThat(h.bookingsMoved()).isEqualTo(2);
            assertThat(h.bookingsCancelled()).isOne();
        });
        accounts.signInAs(Roles.ADMIN, null);
        assertThat(audit.forSubject("SERIES", Long.toString(f.seriesId()))).singleElement()
                .satisfies(e -> assertThat(e.action()).isEqualTo(AuditAction.SERIES_CHANGED));
    }

    @Test
    void a_later_end_date_adds_sessions_with_the_new_times_after_the_old_last_one() {
        String place = "Reeks-" + System.nanoTime();
        Fixture f = fourMondays(place);
        LocalDate newLast = f.mondays().getLast().plusWeeks(2);
        TestAccounts.signIn(staff);
        SeriesChangePreview done = ggd.changeSeries(f.seriesId(), new SeriesChange(f.mondays().getLast().plusDays(1),
                newLast, LocalTime.of(9, 0), LocalTime.of(11, 0), 2));
        assertThat(done.sessionsAdded()).isEqualTo(2);
        assertThat(done.sessionsChanged()).isZero();
        assertThat(ggd.sessions(f.mondays().getFirst(), newLast)).filteredOn(s -> s.locationName().equals(place))
                .extracting(SessionSummary::date).containsExactly(f.mondays().get(0), f.mondays().get(1),
                        f.mondays().get(2), f.mondays().get(3), newLast.minusWeeks(1), newLast);
    }

    @Test
    void times_with_fewer_slots_move_the_bookings_of_dropped_slots_to_a_free_place_or_cancel_them() {
        String place = "Reeks-" + System.nanoTime();
        Fixture f = fourMondays(place);
        LocalDate day = f.mondays().getFirst();
        List<DaySlot> slots = slots(place, day);
        SignedInUser a = accounts.create(Roles.WORKER, null);
        SignedInUser b = accounts.create(Roles.WORKER, null);
        SignedInUser c = accounts.create(Roles.WORKER, null);
        SignedInUser d = accounts.create(Roles.WORKER, null);
        book(a, slots.get(0).slot().id());
        book(b, slots.get(0).slot().id());
        book(c, slots.get(3).slot().id());
        book(d, slots.get(3).slot().id());

        // 09:00–10:00: two slots; the 10:30 bookings find the free places of the new 09:30 slot
        TestAccounts.signIn(staff);
        SeriesChangePreview two = ggd.changeSeries(f.seriesId(), new SeriesChange(day, f.mondays().getLast(),
                LocalTime.of(9, 0), LocalTime.of(10, 0), 2));
        assertThat(two.bookingsMoved()).isEqualTo(2);
        assertThat(two.bookingsCancelled()).isZero();
        assertThat(bookingOf(c).start()).isEqualTo(LocalTime.of(9, 30));
        assertThat(bookingOf(d).start()).isEqualTo(LocalTime.of(9, 30));
        assertThat(bookingOf(a).start()).isEqualTo(LocalTime.of(9, 0));

        // 09:00–09:30 only: one slot of two places, already full: both 09:30 bookings are cancelled
        TestAccounts.signIn(staff);
        SeriesChangePreview one = ggd.changeSeries(f.seriesId(), new SeriesChange(day, f.mondays().getLast(),
                LocalTime.of(9, 0), LocalTime.of(9, 30), 2));
        assertThat(one.bookingsCancelled()).isEqualTo(2);
        assertThat(one.bookingsMoved()).isZero();
        // the slot is gone, and with it the cancelled bookings (as when one session's times change); the workers
        // were told (SeriesChangeNotificationsTest)
        for (SignedInUser w : List.of(c, d)) {
            TestAccounts.signIn(w);
            assertThat(bookings.myBookings()).noneMatch(x -> x.status() == BookingStatus.BOOKED);
        }
        assertThat(bookingOf(a).status()).isEqualTo(BookingStatus.BOOKED);
        assertThat(bookingOf(b).status()).isEqualTo(BookingStatus.BOOKED);
        assertThat(slots(place, day)).hasSize(1);
        TestAccounts.signIn(staff);
        assertThat(ggd.seriesHistory(f.seriesId())).as("newest first").extracting(SeriesChangeRecord::endAfter)
                .containsExactly(LocalTime.of(9, 30), LocalTime.of(10, 0));
    }

    @Test
    void a_capacity_below_the_bookings_keeps_them_and_takes_no_new_booking_until_below_it() {
        String place = "Reeks-" + System.nanoTime();
        Fixture f = fourMondays(place);
        long slot = slots(place, f.mondays().getFirst()).getFirst().slot().id();
        SignedInUser a = accounts.create(Roles.WORKER, null);
        SignedInUser b = accounts.create(Roles.WORKER, null);
        MyBooking first = book(a, slot);
        MyBooking second = book(b, slot);

        TestAccounts.signIn(staff);
        SeriesChangePreview done = ggd.changeSeries(f.seriesId(), new SeriesChange(f.mondays().getFirst(),
                f.mondays().getLast(), LocalTime.of(9, 0), LocalTime.of(11, 0), 1));
        assertThat(done.bookingsCancelled()).as("nobody is cancelled for a lower capacity").isZero();
        assertThat(bookingOf(a).status()).isEqualTo(BookingStatus.BOOKED);
        assertThat(bookingOf(b).status()).isEqualTo(BookingStatus.BOOKED);

        TestAccounts.signIn(a);
        bookings.cancel(first.id());
        SignedInUser c = accounts.create(Roles.WORKER, null);
        assertThatThrownBy(() -> book(c, slot)).as("one booking left, one place: still full")
                .isInstanceOf(Refusal.class).hasMessage("consultation.error.taken");
        TestAccounts.signIn(b);
        bookings.cancel(second.id());
        assertThat(book(c, slot).status()).as("below the new capacity: a place again").isEqualTo(BookingStatus.BOOKED);
        assertThatThrownBy(() -> book(accounts.create(Roles.WORKER, null), slot)).isInstanceOf(Refusal.class)
                .hasMessage("consultation.error.taken");
    }

    @Test
    void bad_values_are_refused_naming_the_field_and_change_nothing() {
        String place = "Reeks-" + System.nanoTime();
        Fixture f = fourMondays(place);
        LocalDate from = f.mondays().get(1);
        LocalDate last = f.mondays().getLast();
        LocalTime nine = LocalTime.of(9, 0);
        LocalTime eleven = LocalTime.of(11, 0);
        record Bad(SeriesChange change, String message, String field) {}
        List<Bad> bad = List.of(
                new Bad(new SeriesChange(LocalDate.now(clock).minusDays(1), last, nine, eleven, 2),
                        "consultation.series.error.from-past", "consultation.series.from-date"),
                new Bad(new SeriesChange(from, from.minusDays(1), nine, eleven, 2),
                        "consultation.series.error.last-before-from", "consultation.last-date"),
                new Bad(new SeriesChange(f.mondays().getFirst(), f.mondays().getFirst().minusDays(3), nine, eleven,
                        2), "consultation.series.error.last-before-first", "consultation.last-date"),
                new Bad(new SeriesChange(from, LocalDate.now(clock).plusYears(3), nine, eleven, 2),
                        "consultation.series.error.last-too-far", "consultation.last-date"),
                new Bad(new SeriesChange(from, last, nine, eleven, 0), "consultation.series.error.places",
                        "consultation.places-per-slot"),
                new Bad(new SeriesChange(from, last, nine, eleven, -4), "consultation.series.error.places",
                        "consultation.places-per-slot"),
                new Bad(new SeriesChange(from, last, nine, eleven, 5000), "consultation.series.error.places",
                        "consultation.places-per-slot"),
                new Bad(new SeriesChange(from, last, eleven, nine, 2), "consultation.series.error.end-before-start",
                        "consultation.end"),
                new Bad(new SeriesChange(from, last, nine, nine, 2), "consultation.series.error.end-before-start",
                        "consultation.end"),
                new Bad(new SeriesChange(from, last, nine, LocalTime.of(10, 45), 2),
                        "consultation.series.error.slot-length", "consultation.end"));
        for (Bad b : bad) {
            TestAccounts.signIn(staff);
            assertThatThrownBy(() -> ggd.changeSeries(f.seriesId(), b.change())).as(b.message())
                    .isInstanceOf(Refusal.class).hasMessage(b.message())
                    .satisfies(e -> assertThat(((Refusal) e).field()).contains(b.field()));
            assertThatThrownBy(() -> ggd.previewSeriesChange(f.seriesId(), b.change())).isInstanceOf(Refusal.class)
                    .hasMessage(b.message());
        }
        TestAccounts.signIn(staff);
        assertThatThrownBy(() -> ggd.changeSeries(f.seriesId(), new SeriesChange(from, last, nine, eleven, 2)))
                .isInstanceOf(Refusal.class).hasMessage("consultation.series.error.nothing");

        assertThat(ggd.seriesHistory(f.seriesId())).isEmpty();
        for (LocalDate day : f.mondays()) {
            assertThat(session(place, day).start()).isEqualTo(nine);
            assertThat(slots(place, day)).extracting(d -> d.slot().capacity()).containsOnly(2);
        }
        assertThat(ggd.series()).filteredOn(s -> s.id() == f.seriesId()).singleElement()
                .satisfies(s -> assertThat(s.lastDate()).isEqualTo(last));
    }

    @Test
    void nobody_but_the_ggd_changes_a_series_or_reads_its_history() {
        String place = "Reeks-" + System.nanoTime();
        Fixture f = fourMondays(place);
        SeriesChange change = new SeriesChange(f.mondays().get(1), f.mondays().get(1), LocalTime.of(9, 0),
                LocalTime.of(11, 0), 2);
        for (String role : List.of(Roles.WORKER, Roles.OFFICER, Roles.ADMIN, Roles.COORDINATOR, Roles.POLICY)) {
            accounts.signInAs(role, Roles.OFFICER.equals(role) || Roles.POLICY.equals(role) ? "GM0106" : null);
            assertThatThrownBy(() -> ggd.changeSeries(f.seriesId(), change)).as(role)
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> ggd.previewSeriesChange(f.seriesId(), change)).as(role)
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> ggd.seriesHistory(f.seriesId())).as(role)
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> ggd.series()).as(role).isInstanceOf(AccessDeniedException.class);
        }
        TestAccounts.signIn(staff);
        assertThat(session(place, f.mondays().getLast()).cancelled()).isFalse();
    }
}
