package nl.erkenningsportaal.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import nl.erkenningsportaal.IntegrationTest;
import nl.erkenningsportaal.account.SignedInUser;
import nl.erkenningsportaal.account.TestAccounts;
import nl.erkenningsportaal.consultation.BookingRequest;
import nl.erkenningsportaal.consultation.GgdConsultationService;
import nl.erkenningsportaal.consultation.MyBooking;
import nl.erkenningsportaal.consultation.MyWaiting;
import nl.erkenningsportaal.consultation.NewSeries;
import nl.erkenningsportaal.consultation.SeriesChange;
import nl.erkenningsportaal.consultation.SeriesChangePreview;
import nl.erkenningsportaal.consultation.WorkerBookingService;
import nl.erkenningsportaal.platform.Roles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * What a series change means for the people on its waiting lists (issue 20), read from a real SMTP server: the GGD
 * sees them counted before it confirms; a time that moves keeps its waiting list and each person on it hears the new
 * time; a time that goes (a session after the new last date, a slot the new times no longer hold) ends their place
 * and tells them; a place the new capacity frees goes to the first in line; a session cancelled by hand tells its
 * waiting list too. Nobody else hears anything, and every mail is discreet: no name, number or address, a link to
 * the portal.
 */
@IntegrationTest
class WaitingListSeriesChangeNotificationsTest {

    static final String ADDRESS = "Wachtstraat 7, Assen";

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
    Clock clock;

    SignedInUser staff;

    /** Mondays from the week after next, 09:00–11:00 in four 30-minute slots of two places; the series' id. */
    long series(String place, List<LocalDate> mondays) {
        staff = accounts.create(Roles.GGD, null);
        TestAccounts.signIn(staff);
        long location = ggd.createLocation(place, ADDRESS, null);
        ggd.createSeries(new NewSeries(location, DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(11, 0), 30, 2,
                mondays.getFirst(), mondays.getLast(), Set.of("GM0106")));
        return ggd.series().stream().filter(s -> s.locationName().equals(place)).findFirst().orElseThrow().id();
    }

    long slot(String place, LocalDate day, int index) {
        TestAccounts.signIn(staff);
        long session = sessionOn(place, day);
        return ggd.day(session).slots().get(index).slot().id();
    }

    long sessionOn(String place, LocalDate day) {
        TestAccounts.signIn(staff);
        return ggd.sessions(day, day).stream().filter(s -> s.locationName().equals(place)).findFirst()
                .orElseThrow().id();
    }

    /** Fills the slot with two workers who have no mail address (they are told in their inbox only). */
    void fill(long slot) {
        for (int i = 0; i < 2; i++) {
            TestAccounts.signIn(accounts.create(Roles.WORKER, null));
            bookings.book(request(slot));
        }
    }

    void waitFor(MailTestWorkers.Worker worker, long slot) {
        TestAccounts.signIn(as(worker));
        bookings.joinWaitingList(request(slot));
    }

    static BookingRequest request(long slot) {
        return new BookingRequest(slot, "GM0106", "en", false, null, null);
    }

    static SignedInUser as(MailTestWorkers.Worker worker) {
        return new SignedInUser(worker.id(), "w", Roles.WORKER, null, null);
    }

    List<ReceivedMails.Mail> mails(MailTestWorkers.Worker worker) {
        dispatcher.sendDue();
        return ReceivedMails.to(smtp.greenMail(), worker.email());
    }

    List<String> inboxSubjects(MailTestWorkers.Worker worker) {
        TestAccounts.signIn(as(worker));
        return inbox.myMessages().stream().map(InboxMessage::subjectKey).toList();
    }

    List<MyWaiting> waitingOf(MailTestWorkers.Worker worker) {
        TestAccounts.signIn(as(worker));
        return bookings.myWaitingLists();
    }

    static void assertDiscreetWithLink(ReceivedMails.Mail mail) {
        MailDeliveryTest.assertDiscreet(mail);
        assertThat(mail.all()).as("the location's street stays out of the mail").doesNotContain("Wachtstraat");
        assertThat(mail.text()).as("a link to the portal").contains("http://localhost:8080/");
    }

    static List<LocalDate> mondays(Clock clock, int n) {
        LocalDate first = LocalDate.now(clock).plusWeeks(2).with(DayOfWeek.MONDAY);
        return java.util.stream.IntStream.range(0, n).mapToObj(first::plusWeeks).toList();
    }

    @Test
    void people_waiting_for_a_moved_time_keep_their_place_and_hear_the_new_time_and_a_time_that_goes_ends_their_place() {
        String place = "Wachtlijst-" + System.nanoTime();
        List<LocalDate> mondays = mondays(clock, 3);
        long series = series(place, mondays);
        var untouched = MailTestWorkers.withConfirmedEmail(ctx, Locale.ENGLISH);
        var moved = MailTestWorkers.withConfirmedEmail(ctx, Locale.ENGLISH);
        var slotDropped = MailTestWorkers.withConfirmedEmail(ctx, Locale.ENGLISH);
        var sessionRemoved = MailTestWorkers.withConfirmedEmail(ctx, Locale.ENGLISH);
        waitFor(untouched, slot(place, mondays.get(0), 0));
        long movedSlot = slot(place, mondays.get(1), 0);
        fill(movedSlot);
        waitFor(moved, movedSlot);
        waitFor(slotDropped, slot(place, mondays.get(1), 3));
        waitFor(sessionRemoved, slot(place, mondays.get(2), 0));

        // from the second Monday on: 10:00–11:30 (three slots, the 10:30 one of old goes), one place, no third Monday
        SeriesChange change = new SeriesChange(mondays.get(1), mondays.get(1), LocalTime.of(10, 0),
                LocalTime.of(11, 30), 1);
        TestAccounts.signIn(staff);
        SeriesChangePreview preview = ggd.previewSeriesChange(series, change);
        assertThat(preview.waitingMoved()).as("waiting for 09:00, now 10:00").isEqualTo(1);
        assertThat(preview.waitingEnded()).as("the dropped 10:30 slot and the removed Monday").isEqualTo(2);
        assertThat(preview.waitingGivenPlace()).as("a lower capacity frees no place").isZero();
        assertThat(preview.callersToPhone()).as("a waiting list holds no callers").isEmpty();
        assertThat(waitingOf(slotDropped)).as("the preview changed nothing").hasSize(1);

        TestAccounts.signIn(staff);
        SeriesChangePreview done = ggd.changeSeries(series, change);
        assertThat(done.waitingMoved()).isEqualTo(1);
        assertThat(done.waitingEnded()).isEqualTo(2);
        TestAccounts.signIn(staff);
        assertThat(ggd.seriesHistory(series)).as("the series' history counts the waiting lists too").singleElement()
                .satisfies(h -> {
                    assertThat(h.waitingMoved()).isEqualTo(1);
                    assertThat(h.waitingEnded()).isEqualTo(2);
                    assertThat(h.waitingGivenPlace()).isZero();
                });

        await().atMost(Duration.ofSeconds(30)).until(() -> mails(moved).size() == 1
                && mails(slotDropped).size() == 1 && mails(sessionRemoved).size() == 1);
        ReceivedMails.Mail newTime = mails(moved).getFirst();
        assertThat(newTime.subject()).isEqualTo("A time you are waiting for at the GGD has moved");
        assertThat(newTime.text()).contains("10:00", "You keep your place on the waiting list", place);
        assertThat(newTime.calendars()).as("nothing is booked yet: no invitation").isEmpty();
        assertDiscreetWithLink(newTime);

        ReceivedMails.Mail dropped = mails(slotDropped).getFirst();
        assertThat(dropped.subject()).isEqualTo("A time you were waiting for at the GGD will not take place");
        assertThat(dropped.text()).contains("10:30", "Your place on the waiting list has therefore ended");
        assertDiscreetWithLink(dropped);
        ReceivedMails.Mail removed = mails(sessionRemoved).getFirst();
        assertThat(removed.subject()).isEqualTo("A time you were waiting for at the GGD will not take place");
        assertThat(removed.text()).containsPattern("\\b9:00\\W");
        assertDiscreetWithLink(removed);

        assertThat(inboxSubjects(moved)).containsExactly("notification.inbox.waiting-moved.subject");
        assertThat(inboxSubjects(slotDropped)).containsExactly("notification.inbox.waiting-ended.subject");
        assertThat(inboxSubjects(sessionRemoved)).containsExactly("notification.inbox.waiting-ended.subject");
        assertThat(waitingOf(moved)).singleElement().satisfies(w -> {
            assertThat(w.start()).isEqualTo(LocalTime.of(10, 0));
            assertThat(w.position()).isOne();
        });
        assertThat(waitingOf(slotDropped)).isEmpty();
        assertThat(waitingOf(sessionRemoved)).isEmpty();

        assertThat(mails(untouched)).as("a Monday before the change date: nothing to hear").isEmpty();
        assertThat(inboxSubjects(untouched)).isEmpty();
        assertThat(waitingOf(untouched)).singleElement().extracting(MyWaiting::start).isEqualTo(LocalTime.of(9, 0));
    }

    @Test
    void a_place_a_higher_capacity_frees_goes_to_the_first_in_line_and_a_session_cancelled_by_hand_tells_the_rest() {
        String place = "Wachtlijst-plaats-" + System.nanoTime();
        List<LocalDate> mondays = mondays(clock, 1);
        LocalDate day = mondays.getFirst();
        long series = series(place, mondays);
        var first = MailTestWorkers.withConfirmedEmail(ctx, Locale.ENGLISH);
        var second = MailTestWorkers.withConfirmedEmail(ctx, Locale.ENGLISH);
        long slot = slot(place, day, 0);
        fill(slot);
        waitFor(first, slot);
        waitFor(second, slot);

        SeriesChange threePlaces = new SeriesChange(day, day, LocalTime.of(9, 0), LocalTime.of(11, 0), 3);
        TestAccounts.signIn(staff);
        assertThat(ggd.previewSeriesChange(series, threePlaces)).satisfies(p -> {
            assertThat(p.waitingGivenPlace()).isOne();
            assertThat(p.waitingMoved()).as("the time stays").isZero();
            assertThat(p.waitingEnded()).isZero();
        });
        TestAccounts.signIn(staff);
        ggd.changeSeries(series, threePlaces);
        TestAccounts.signIn(staff);
        assertThat(ggd.seriesHistory(series)).singleElement().satisfies(h -> {
            assertThat(h.waitingGivenPlace()).isOne();
            assertThat(h.waitingMoved()).isZero();
            assertThat(h.waitingEnded()).isZero();
        });

        await().atMost(Duration.ofSeconds(30)).until(() -> mails(first).size() == 1);
        ReceivedMails.Mail given = mails(first).getFirst();
        assertThat(given.subject()).isEqualTo("A place is available at the GGD");
        assertThat(given.calendars()).singleElement().satisfies(ics -> assertThat(ics).contains("METHOD:REQUEST"));
        MailDeliveryTest.assertDiscreet(given);
        TestAccounts.signIn(as(first));
        assertThat(bookings.myBookings()).extracting(MyBooking::slotId).containsExactly(slot);
        assertThat(waitingOf(first)).isEmpty();
        assertThat(waitingOf(second)).as("second in line is first now").singleElement()
                .extracting(MyWaiting::position).isEqualTo(1);
        assertThat(mails(second)).isEmpty();
        assertThat(inboxSubjects(second)).isEmpty();

        TestAccounts.signIn(staff);
        ggd.cancelSession(sessionOn(place, day), "The nurse is ill.");
        await().atMost(Duration.ofSeconds(30)).until(() -> mails(second).size() == 1 && mails(first).size() == 2);
        ReceivedMails.Mail ended = mails(second).getFirst();
        assertThat(ended.subject()).isEqualTo("A time you were waiting for at the GGD will not take place");
        assertDiscreetWithLink(ended);
        assertThat(inboxSubjects(second)).containsExactly("notification.inbox.waiting-ended.subject");
        assertThat(mails(first)).extracting(ReceivedMails.Mail::subject)
                .contains("Your appointment at the GGD will not take place");
    }
}
