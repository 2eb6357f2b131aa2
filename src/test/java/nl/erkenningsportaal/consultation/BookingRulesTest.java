package nl.erkenningsportaal.consultation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import nl.erkenningsportaal.IntegrationTest;
import nl.erkenningsportaal.platform.Roles;
import nl.erkenningsportaal.account.SignedInUser;
import nl.erkenningsportaal.account.TestAccounts;
import nl.erkenningsportaal.audit.AuditAction;
import nl.erkenningsportaal.audit.AuditService;
import nl.erkenningsportaal.platform.Refusal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * The GGD sets the booking rules on its screen: a change holds for the next booking or cancellation and leaves the
 * bookings already made alone; a value that makes no sense is refused and changes nothing; each change is kept and
 * audited; nobody but the GGD changes them.
 */
@IntegrationTest
class BookingRulesTest {

    @Autowired
    GgdConsultationService ggd;

    @Autowired
    WorkerBookingService bookings;

    @Autowired
    ConsultationFixtures consultation;

    @Autowired
    TestAccounts accounts;

    @Autowired
    AuditService audit;

    @Autowired
    ConsultationSettings defaults;

    /** Other test classes share the database: the configured rules hold again after each test. */
    @AfterEach
    void restoreTheConfiguredRules() {
        accounts.signInAs(Roles.GGD, null);
        ggd.changeBookingRules(BookingRules.of(defaults.maxFutureBookings(),
                (int) defaults.cancelUntilBefore().toHours(), defaults.weeksAhead(),
                (int) defaults.shortNotice().toHours()));
        TestAccounts.signOut();
    }

    MyBooking book(SignedInUser worker, long slot) {
        TestAccounts.signIn(worker);
        return bookings.book(new BookingRequest(slot, "GM0106", "nl", false, null, null));
    }

    @Test
    void a_lower_booking_limit_holds_for_the_next_booking_and_keeps_the_bookings_already_made() {
        List<Long> slots = consultation.slots(consultation.sessionNextWeek(3));
        SignedInUser worker = accounts.create(Roles.WORKER, null);
        book(worker, slots.get(0));
        book(worker, slots.get(1));

        accounts.signInAs(Roles.GGD, null);
        ggd.changeBookingRules(BookingRules.of(1, 2, 6, 24));

        TestAccounts.signIn(worker);
        assertThat(bookings.myBookings()).as("bookings already made stay").hasSize(2)
                .allSatisfy(b -> assertThat(b.status()).isEqualTo(BookingStatus.BOOKED));
        SignedInUser newcomer = accounts.create(Roles.WORKER, null);
        book(newcomer, slots.get(0));
        assertThatThrownBy(() -> book(newcomer, slots.get(1))).isInstanceOf(Refusal.class)
                .hasMessage("consultation.error.limit").extracting(e -> ((Refusal) e).arguments()[0]).isEqualTo(1);

        accounts.signInAs(Roles.GGD, null);
        ggd.changeBookingRules(BookingRules.of(3, 2, 6, 24));
        assertThat(book(newcomer, slots.get(1)).status()).isEqualTo(BookingStatus.BOOKED);
    }

    @Test
    void a_longer_cancellation_limit_holds_for_the_next_cancellation() {
        List<Long> slots = consultation.slots(consultation.sessionNextWeek(3));
        SignedInUser worker = accounts.create(Roles.WORKER, null);
        MyBooking booking = book(worker, slots.get(0));

        accounts.signInAs(Roles.GGD, null);
        ggd.changeBookingRules(BookingRules.of(2, 24 * 14, 6, 24)); // two weeks: next week is too late
        TestAccounts.signIn(worker);
        assertThatThrownBy(() -> bookings.cancel(booking.id())).isInstanceOf(Refusal.class)
                .hasMessage("consultation.error.too-late");

        accounts.signInAs(Roles.GGD, null);
        ggd.changeBookingRules(BookingRules.of(2, 2, 6, 24));
        TestAccounts.signIn(worker);
        bookings.cancel(booking.id());
        assertThat(bookings.myBookings()).filteredOn(b -> b.id() == booking.id())
                .allSatisfy(b -> assertThat(b.status()).isNotEqualTo(BookingStatus.BOOKED));
    }

    @Test
    void rules_that_make_no_sense_are_refused_with_a_message_and_change_nothing() {
        accounts.signInAs(Roles.GGD, null);
        BookingRules before = ggd.currentRules();
        int changes = ggd.rulesHistory().size();

        assertThatThrownBy(() -> ggd.changeBookingRules(BookingRules.of(-1, 2, 6, 24)))
                .hasMessage("consultation.rules.error.max-bookings");
        assertThatThrownBy(() -> ggd.changeBookingRules(BookingRules.of(2, 24 * 7 * 2 + 1, 2, 24)))
                .as("a cancellation limit longer than the booking window")
                .hasMessage("consultation.rules.error.cancel-beyond-window");
        assertThatThrownBy(() -> ggd.changeBookingRules(BookingRules.of(2, -3, 6, 24)))
                .hasMessage("consultation.rules.error.cancel-negative");
        assertThatThrownBy(() -> ggd.changeBookingRules(BookingRules.of(2, 2, 0, 24)))
                .hasMessage("consultation.rules.error.weeks-ahead");
        assertThatThrownBy(() -> ggd.changeBookingRules(BookingRules.of(2, 2, 6, 24 * 8)))
                .hasMessage("consultation.rules.error.short-notice");

        assertThat(ggd.currentRules()).isEqualTo(before);
        assertThat(ggd.rulesHistory()).hasSize(changes);
    }

    @Test
    void each_change_is_kept_newest_first_audited_and_only_the_ggd_makes_it() {
        accounts.signInAs(Roles.GGD, null);
        ggd.changeBookingRules(BookingRules.of(4, 12, 8, 6));
        BookingRules now = ggd.currentRules();
        assertThat(now.maxFutureBookings()).isEqualTo(4);
        assertThat(now.cancelUntilBefore()).isEqualTo(Duration.ofHours(12));
        assertThat(now.weeksAhead()).isEqualTo(8);
        assertThat(now.shortNotice()).isEqualTo(Duration.ofHours(6));
        assertThat(ggd.rulesHistory().getFirst()).isEqualTo(now);

        for (String role : List.of(Roles.OFFICER, Roles.WORKER, Roles.COORDINATOR, Roles.ADMIN, Roles.POLICY)) {
            accounts.signInAs(role, Roles.OFFICER.equals(role) ? "GM0106" : null);
            assertThatThrownBy(() -> ggd.changeBookingRules(BookingRules.of(9, 2, 6, 24))).as(role)
                    .isInstanceOf(AccessDeniedException.class);
        }
        accounts.signInAs(Roles.GGD, null);
        assertThat(ggd.currentRules().maxFutureBookings()).isEqualTo(4);

        accounts.signInAs(Roles.ADMIN, null);
        assertThat(audit.forSubject("BOOKING_RULES", "GGD")).filteredOn(e -> e.action() == AuditAction.RULES_CHANGED)
                .first().satisfies(e -> assertThat(e.reason()).endsWith("max=4 cancelHours=12 weeks=8 shortNoticeHours=6 reminderHours=24"));
    }
}
