package nl.erkenningsportaal.consultation;

import static java.time.temporal.ChronoUnit.MONTHS;
import static java.time.temporal.ChronoUnit.YEARS;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import nl.erkenningsportaal.IntegrationTest;
import nl.erkenningsportaal.account.SignedInUser;
import nl.erkenningsportaal.account.TestAccounts;
import nl.erkenningsportaal.privacy.Clocks;
import nl.erkenningsportaal.privacy.ProcessingRegister;
import nl.erkenningsportaal.privacy.RetentionRuleTest;
import nl.erkenningsportaal.platform.Roles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Bookings and waiting-list places go after their terms, counted from the day of the consultation. */
@IntegrationTest
class BookingRetentionTest {

    @Autowired
    BookingRetention retention;

    @Autowired
    ProcessingRegister register;

    @Autowired
    ConsultationFixtures fixtures;

    @Autowired
    WorkerBookingService bookings;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @Test
    @RetentionRuleTest("consultation.booking")
    void bookings_are_erased_the_municipalitys_term_after_the_consultation_and_not_before() {
        SessionSummary session = fixtures.sessionNextWeek(2);
        long slot = fixtures.firstSlot(session);
        TestAccounts.signIn(accounts.create(Roles.WORKER, null));
        long booking = bookings.book(new BookingRequest(slot, "GM0106", "nl", false, null, "Luna")).id();
        int months = register.amount(BookingRetention.BOOKINGS.id(), "GM0106");

        retention.run(on(session.date().plusMonths(months)));
        assertThat(count("consultation_booking", booking)).isOne();
        retention.run(on(session.date().plusMonths(months).plusDays(1)));
        assertThat(count("consultation_booking", booking)).isZero();
    }

    @Test
    @RetentionRuleTest("consultation.waiting")
    void a_waiting_list_place_goes_the_day_after_the_consultation() {
        SessionSummary session = fixtures.sessionNextWeek(1);
        long slot = fixtures.firstSlot(session);
        TestAccounts.signIn(accounts.create(Roles.WORKER, null));
        bookings.book(new BookingRequest(slot, "GM0106", "nl", false, null, null));
        SignedInUser waiting = accounts.create(Roles.WORKER, null);
        TestAccounts.signIn(waiting);
        long worker = waiting.id();
        bookings.joinWaitingList(new BookingRequest(slot, "GM0106", "nl", false, null, null));

        retention.run(on(session.date()));
        assertThat(waiting(slot, worker)).isOne();
        retention.run(on(session.date().plusDays(1)));
        assertThat(waiting(slot, worker)).isZero();
    }

    @Autowired
    GgdConsultationService ggd;

    @Test
    @RetentionRuleTest("consultation.series-change.author")
    void who_changed_a_series_is_forgotten_after_the_regions_audit_term_and_the_change_stays() {
        SessionSummary session = fixtures.sessionNextWeek(2, "Bewaren-" + System.nanoTime());
        SignedInUser staff = accounts.create(Roles.GGD, null);
        TestAccounts.signIn(staff);
        long series = ggd.series().stream().filter(s -> s.locationName().equals(session.locationName()))
                .findFirst().orElseThrow().id();
        ggd.changeSeries(series, new SeriesChange(session.date(), session.date(), session.start(), session.end(), 3));
        int years = register.amount(BookingRetention.SERIES_CHANGE_AUTHORS.id(), null);

        retention.run(Clocks.justBefore(years, YEARS));
        assertThat(authorOf(series)).isEqualTo(staff.id());
        retention.run(Clocks.justAfter(years, YEARS));
        assertThat(authorOf(series)).isNull();
        assertThat(jdbc.queryForObject("SELECT places_after FROM consultation_series_change WHERE series_id = ?",
                Integer.class, series)).as("what changed stays").isEqualTo(3);
    }

    private Long authorOf(long series) {
        return jdbc.queryForObject("SELECT changed_by FROM consultation_series_change WHERE series_id = ?",
                Long.class, series);
    }

    /** Noon on {@code day} in Amsterdam. */
    private static Clock on(LocalDate day) {
        return Clock.fixed(day.atTime(12, 0).atZone(Clocks.AMSTERDAM).toInstant(), Clocks.AMSTERDAM);
    }

    private int count(String table, long id) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + table + " WHERE id = ?", Integer.class, id);
    }

    private int waiting(long slot, long worker) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM consultation_waiting WHERE slot_id = ? AND worker_account_id = ?",
                Integer.class, slot, worker);
    }
}
