package nl.erkenningsportaal.consultation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
 * The GGD books for someone who phones: a place without an account, a code to read out, moved or cancelled by that
 * code (which frees the place again), a worker's own booking handled by its code the same way; nobody but the GGD.
 */
@IntegrationTest
class CallerBookingTest {

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

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    MyBooking workerBooks(SignedInUser worker, long slot) {
        TestAccounts.signIn(worker);
        return bookings.book(new BookingRequest(slot, "GM0106", "nl", false, null, null));
    }

    @Test
    void the_ggd_books_a_place_for_a_caller_without_an_account_and_reads_out_its_code() {
        SessionSummary session = consultation.sessionNextWeek(1);
        List<Long> slots = consultation.slots(session);

        accounts.signInAs(Roles.GGD, null);
        CallerBooking booked = ggd.bookForCaller(slots.getFirst(), "GM1690", "pt", true);
        assertThat(booked.code()).matches("[" + WorkerBookingService.CODE_ALPHABET + "]{8}");
        assertThat(booked.byPhone()).isTrue();
        assertThat(booked.status()).isEqualTo(BookingStatus.BOOKED);
        String spoken = booked.code().substring(0, 4).toLowerCase() + " " + booked.code().substring(4);
        assertThat(ggd.callerBooking(spoken)).get().extracting(CallerBooking::id).isEqualTo(booked.id());
        assertThat(ggd.day(session.id()).slots().getFirst().bookings()).extracting(DayBooking::reference)
                .contains(booked.code());

        SignedInUser worker = accounts.create(Roles.WORKER, null);
        assertThatThrownBy(() -> workerBooks(worker, slots.getFirst())).as("the caller holds the only place")
                .isInstanceOf(Refusal.class).hasMessage("consultation.error.taken");

        accounts.signInAs(Roles.ADMIN, null);
        assertThat(audit.forSubject("BOOKING", Long.toString(booked.id()))).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo(AuditAction.BOOKED_FOR_CALLER);
            assertThat(e.reason()).isEqualTo("booked");
        });
    }

    @Test
    void moving_and_cancelling_by_code_frees_the_place_and_a_workers_own_booking_is_handled_alike() {
        SessionSummary session = consultation.sessionNextWeek(1);
        List<Long> slots = consultation.slots(session);
        accounts.signInAs(Roles.GGD, null);
        CallerBooking caller = ggd.bookForCaller(slots.get(0), "GM0106", "nl", false);

        CallerBooking moved = ggd.moveForCaller(caller.code(), slots.get(1));
        assertThat(moved.slotId()).isEqualTo(slots.get(1));
        assertThat(moved.code()).isEqualTo(caller.code());
        SignedInUser worker = accounts.create(Roles.WORKER, null);
        assertThat(workerBooks(worker, slots.get(0)).status()).as("the old place is free again")
                .isEqualTo(BookingStatus.BOOKED);

        accounts.signInAs(Roles.GGD, null);
        ggd.cancelForCaller(caller.code());
        assertThat(ggd.callerBooking(caller.code())).get().extracting(CallerBooking::status)
                .isEqualTo(BookingStatus.CANCELLED);
        assertThatThrownBy(() -> ggd.cancelForCaller(caller.code())).isInstanceOf(Refusal.class)
                .hasMessage("consultation.error.not-active");

        String workersCode = ggd.day(session.id()).slots().get(0).bookings().stream()
                .filter(b -> b.status() == BookingStatus.BOOKED).findFirst().orElseThrow().reference();
        CallerBooking hers = ggd.callerBooking(workersCode).orElseThrow();
        assertThat(hers.byPhone()).isFalse();
        ggd.cancelForCaller(workersCode);
        TestAccounts.signIn(worker);
        assertThat(bookings.myBookings()).singleElement()
                .satisfies(b -> assertThat(b.status()).isEqualTo(BookingStatus.CANCELLED));
    }

    @Test
    void a_slot_not_for_her_municipality_an_unknown_code_and_other_roles_are_refused() {
        SessionSummary session = consultation.sessionNextWeek(2); // serves Assen and De Wolden
        long slot = consultation.firstSlot(session);
        accounts.signInAs(Roles.GGD, null);
        assertThatThrownBy(() -> ggd.bookForCaller(slot, "GM1681", "nl", false)).isInstanceOf(Refusal.class)
                .hasMessage("consultation.error.not-for-municipality");
        assertThatThrownBy(() -> ggd.cancelForCaller("ZZZZ9999")).isInstanceOf(Refusal.class)
                .hasMessage("consultation.error.code-unknown");
        assertThat(ggd.day(session.id()).slots().getFirst().slot().booked()).isZero();

        for (String role : List.of(Roles.OFFICER, Roles.WORKER, Roles.COORDINATOR, Roles.ADMIN, Roles.POLICY)) {
            accounts.signInAs(role, Roles.OFFICER.equals(role) ? "GM0106" : null);
            assertThatThrownBy(() -> ggd.bookForCaller(slot, "GM0106", "nl", false)).as(role)
                    .isInstanceOf(AccessDeniedException.class);
        }
    }
}
