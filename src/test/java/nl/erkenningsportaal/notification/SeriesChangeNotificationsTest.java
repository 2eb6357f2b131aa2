package nl.erkenningsportaal.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import nl.erkenningsportaal.IntegrationTest;
import nl.erkenningsportaal.account.SignedInUser;
import nl.erkenningsportaal.account.TestAccounts;
import nl.erkenningsportaal.consultation.BookingRequest;
import nl.erkenningsportaal.consultation.BookingRules;
import nl.erkenningsportaal.consultation.ConsultationSettings;
import nl.erkenningsportaal.consultation.GgdConsultationService;
import nl.erkenningsportaal.consultation.MyBooking;
import nl.erkenningsportaal.consultation.NewSeries;
import nl.erkenningsportaal.consultation.SeriesChange;
import nl.erkenningsportaal.consultation.WorkerBookingService;
import nl.erkenningsportaal.platform.Roles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What a series change and the reminder lead time mean for the workers (issue 20), read from a real SMTP server:
 * the worker whose appointment moves gets an inbox message and a discreet mail with the updated calendar invitation,
 * the worker whose session is removed is told and pointed to the portal to book again, and nobody else hears
 * anything; a new reminder lead time holds for bookings made after it and a reminder already planned keeps its time.
 */
@IntegrationTest
class SeriesChangeNotificationsTest {

    @Autowired
    ApplicationContext ctx;

    @Autowired
    EmbeddedSmtp smtp;

    @Autowired
    MailDispatcher dispatcher;

    @Autowired
    InboxService inbox;

    @Autowired
    GgdConsultationService ggd;

    @Autowired
    WorkerBookingService bookings;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    @Autowired
    ConsultationSettings defaults;

    SignedInUser staff;

    @AfterEach
    void configuredRulesAgain() {
        accounts.signInAs(Roles.GGD, null);
        ggd.changeBookingRules(BookingRules.of(defaults.maxFutureBookings(),
                (int) defaults.cancelUntilBefore().toHours(), defaults.weeksAhead(),
                (int) defaults.shortNotice().toHours()));
        TestAccounts.signOut();
    }

    /** Mondays from the week after next, 09:00–11:00 in 30-minute slots; returns the series' id. */
    long series(String place, List<LocalDate> mondays) {
        staff = accounts.create(Roles.GGD, null);
        TestAccounts.signIn(staff);
        long location = ggd.createLocation(place, "Voorbeeldstraat 3, Assen", null);
        ggd.createSeries(new NewSeries(location, DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(11, 0), 30, 2,
                mondays.getFirst(), mondays.getLast(), Set.of("GM0106")));
        return ggd.series().stream().filter(s -> s.locationName().equals(place)).findFirst().orElseThrow().id();
    }

    static List<LocalDate> mondays(Clock clock, int n) {
        LocalDate first = LocalDate.now(clock).plusWeeks(2).with(DayOfWeek.MONDAY);
        return java.util.stream.IntStream.range(0, n).mapToObj(first::plusWeeks).toList();
    }

    long firstSlot(String place, LocalDate day) {
        TestAccounts.signIn(staff);
        long session = ggd.sessions(day, day).stream().filter(s -> s.locationName().equals(place)).findFirst()
                .orElseThrow().id();
        return ggd.day(session).slots().getFirst().slot().id();
    }

    MyBooking book(MailTestWorkers.Worker worker, long slot) {
        TestAccounts.signIn(as(worker));
        MyBooking booking = bookings.book(new BookingRequest(slot, "GM0106", "en", false, null, null));
        // the confirmation is handled after the commit: wait until the appointment is known to the notifications
        await().atMost(Duration.ofSeconds(20)).until(() -> reminderLeadOf(booking.id()) != null);
        return booking;
    }

    static SignedInUser as(MailTestWorkers.Worker worker) {
        return new SignedInUser(worker.id(), "w", Roles.WORKER, null, null);
    }

    Integer reminderLeadOf(long bookingId) {
        return jdbc.query("SELECT reminder_lead_minutes FROM notification_booking WHERE booking_ref = ?",
                rs -> rs.next() ? rs.getInt(1) : null, Long.toString(bookingId));
    }

    LocalDateTime reminderDueUtc(long bookingId) {
        return jdbc.queryForObject("SELECT reminder_due_at FROM notification_booking WHERE booking_ref = ?",
                LocalDateTime.class, Long.toString(bookingId));
    }

    LocalDateTime utc(LocalDate day, LocalTime time, Duration before) {
        return LocalDateTime.ofInstant(day.atTime(time).atZone(clock.getZone()).toInstant().minus(before),
                ZoneOffset.UTC);
    }

    List<ReceivedMails.Mail> mails(MailTestWorkers.Worker worker) {
        dispatcher.sendDue();
        return ReceivedMails.to(smtp.greenMail(), worker.email());
    }

    List<String> inboxSubjects(MailTestWorkers.Worker worker) {
        TestAccounts.signIn(as(worker));
        return inbox.myMessages().stream().map(InboxMessage::subjectKey).toList();
    }

    @Test
    void the_workers_whose_appointment_moves_or_goes_are_told_by_inbox_and_discreet_mail_and_nobody_else() {
        String place = "Meldingen-" + System.nanoTime();
        List<LocalDate> mondays = mondays(clock, 3);
        long series = series(place, mondays);
        var untouched = MailTestWorkers.withConfirmedEmail(ctx, Locale.ENGLISH);
        var moved = MailTestWorkers.withConfirmedEmail(ctx, Locale.ENGLISH);
        var removed = MailTestWorkers.withConfirmedEmail(ctx, Locale.ENGLISH);
        book(untouched, firstSlot(place, mondays.get(0)));
        MyBooking movedBooking = book(moved, firstSlot(place, mondays.get(1)));
        book(removed, firstSlot(place, mondays.get(2)));
        await().atMost(Duration.ofSeconds(20)).until(() -> mails(removed).size() == 1);

        TestAccounts.signIn(staff);
        ggd.changeSeries(series, new SeriesChange(mondays.get(1), mondays.get(1), LocalTime.of(10, 0),
                LocalTime.of(12, 0), 2));

        await().atMost(Duration.ofSeconds(30)).until(() -> mails(moved).size() == 2 && mails(removed).size() == 2);
        ReceivedMails.Mail change = mails(moved).stream().filter(m -> m.subject().endsWith("has changed"))
                .findFirst().orElseThrow();
        assertThat(change.subject()).isEqualTo("Your appointment at the GGD has changed");
        assertThat(change.text()).contains("10:00");
        assertThat(change.calendars()).singleElement().satisfies(ics -> assertThat(ics).contains("METHOD:REQUEST",
                "SEQUENCE:1", "UID:" + Appointments.uid(Long.toString(movedBooking.id())) + "@localhost",
                "T100000"));
        MailDeliveryTest.assertDiscreet(change);

        ReceivedMails.Mail gone = mails(removed).stream().filter(m -> m.subject().endsWith("will not take place"))
                .findFirst().orElseThrow();
        assertThat(gone.text()).as("a link to book another time").contains("http://localhost:8080/");
        assertThat(gone.calendars()).singleElement().satisfies(ics -> assertThat(ics).contains("METHOD:CANCEL"));
        MailDeliveryTest.assertDiscreet(gone);

        assertThat(inboxSubjects(moved)).contains("notification.inbox.appointment-changed.subject");
        assertThat(inboxSubjects(removed)).contains("notification.inbox.session-cancelled.subject");
        assertThat(mails(untouched)).as("only her confirmation").singleElement()
                .extracting(ReceivedMails.Mail::subject).isEqualTo("Your appointment at the GGD");
        assertThat(inboxSubjects(untouched)).containsExactly("notification.inbox.appointment-confirmed.subject");
    }

    @Test
    void a_new_reminder_lead_time_holds_for_bookings_made_after_it_and_a_planned_reminder_keeps_its_time() {
        String place = "Herinnering-" + System.nanoTime();
        List<LocalDate> mondays = mondays(clock, 1);
        LocalDate day = mondays.getFirst();
        long series = series(place, mondays);
        TestAccounts.signIn(staff);
        ggd.changeBookingRules(BookingRules.of(2, 2, 6, 24, 48));
        assertThat(ggd.currentRules().reminderBefore()).isEqualTo(Duration.ofHours(48));

        var early = MailTestWorkers.withConfirmedEmail(ctx, Locale.ENGLISH);
        MyBooking before = book(early, firstSlot(place, day));
        assertThat(reminderDueUtc(before.id())).isEqualTo(utc(day, LocalTime.of(9, 0), Duration.ofHours(48)));

        TestAccounts.signIn(staff);
        ggd.changeBookingRules(BookingRules.of(2, 2, 6, 24, 6));
        assertThat(ggd.rulesHistory()).extracting(r -> r.reminderBefore().toHours()).startsWith(6L, 48L);
        var late = MailTestWorkers.withConfirmedEmail(ctx, Locale.ENGLISH);
        MyBooking after = book(late, firstSlot(place, day));
        assertThat(reminderDueUtc(after.id())).as("a booking made after the change")
                .isEqualTo(utc(day, LocalTime.of(9, 0), Duration.ofHours(6)));
        assertThat(reminderDueUtc(before.id())).as("the reminder already planned keeps its time")
                .isEqualTo(utc(day, LocalTime.of(9, 0), Duration.ofHours(48)));

        // the session moves an hour later: the earlier booking's reminder follows it with its own lead time
        TestAccounts.signIn(staff);
        ggd.changeSeries(series, new SeriesChange(day, day, LocalTime.of(10, 0), LocalTime.of(12, 0), 2));
        await().atMost(Duration.ofSeconds(20)).until(() -> utc(day, LocalTime.of(10, 0), Duration.ofHours(48))
                .equals(reminderDueUtc(before.id())));
        await().atMost(Duration.ofSeconds(20)).until(() -> utc(day, LocalTime.of(10, 0), Duration.ofHours(6))
                .equals(reminderDueUtc(after.id())));
        assertThat(reminderLeadOf(before.id())).isEqualTo(48 * 60);
        assertThat(reminderLeadOf(after.id())).isEqualTo(6 * 60);
    }

    @Test
    void a_reminder_lead_time_out_of_range_is_refused_naming_the_field_and_changes_nothing() {
        accounts.signInAs(Roles.GGD, null);
        BookingRules now = ggd.currentRules();
        int changes = ggd.rulesHistory().size();
        for (int hours : List.of(0, -2, BookingRules.MAX_REMINDER_HOURS + 1)) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> ggd.changeBookingRules(
                    BookingRules.of(2, 2, 6, 24, hours))).isInstanceOf(nl.erkenningsportaal.platform.Refusal.class)
                    .hasMessage("consultation.rules.error.reminder")
                    .satisfies(e -> assertThat(((nl.erkenningsportaal.platform.Refusal) e).field())
                            .contains("consultation.rules.reminder-hours"));
        }
        assertThat(ggd.currentRules()).isEqualTo(now);
        assertThat(ggd.rulesHistory()).hasSize(changes);
    }
}
