package nl.erkenningsportaal.notification;

import nl.erkenningsportaal.consultation.BookingCancelled;
import nl.erkenningsportaal.consultation.BookingConfirmed;
import nl.erkenningsportaal.consultation.BookingRescheduled;
import nl.erkenningsportaal.consultation.SessionCancelled;
import java.time.LocalDateTime;
import java.util.List;
import nl.erkenningsportaal.consultation.WaitingListEnded;
import nl.erkenningsportaal.consultation.WaitingListMoved;
import nl.erkenningsportaal.consultation.WaitingListPlaceGiven;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells the worker about GGD appointments: inbox message, and with a confirmed address a neutral mail with a
 * calendar invitation. Runs after the consultation module's transaction committed; the event publication registry
 * keeps each event until its listener succeeded.
 */
@Component
class ConsultationNotifications {

    private final Appointments appointments;
    private final Notifications notifications;

    ConsultationNotifications(Appointments appointments, Notifications notifications) {
        this.appointments = appointments;
        this.notifications = notifications;
    }

    @ApplicationModuleListener
    void on(BookingConfirmed e) {
        appointments.confirmed(new Appointment(Long.toString(e.bookingId()), e.workerAccountId(), e.start(), e.end(),
                e.locationName() + ", " + e.locationAddress()), e.reminderBefore());
    }

    @ApplicationModuleListener
    void on(WaitingListPlaceGiven e) {
        appointments.placeGiven(new Appointment(Long.toString(e.bookingId()), e.workerAccountId(), e.start(), e.end(),
                e.locationName() + ", " + e.locationAddress()), e.reminderBefore());
    }

    @ApplicationModuleListener
    void on(BookingRescheduled e) {
        appointments.changed(new Appointment(Long.toString(e.bookingId()), e.workerAccountId(), e.start(), e.end(),
                e.locationName() + ", " + e.locationAddress()));
    }

    @ApplicationModuleListener
    void on(BookingCancelled e) {
        appointments.cancelled(Long.toString(e.bookingId()), false);
    }

    @ApplicationModuleListener
    void on(SessionCancelled e) {
        for (Long bookingId : e.bookingIds()) {
            appointments.cancelled(Long.toString(bookingId), true, e.message());
        }
    }

    /**
     * The time a worker waits for moved: inbox message and a discreet mail (the time and the location's name, a link
     * to the portal; no calendar invitation, as nothing is booked yet).
     */
    @ApplicationModuleListener
    void on(WaitingListMoved e) {
        waitingChanged(e.workerAccountId(), e.start(), e.locationName(), "notification.inbox.waiting-moved",
                MailTemplate.WAITING_MOVED);
    }

    /** The time a worker waited for is gone, and with it her place in line: inbox message and a discreet mail. */
    @ApplicationModuleListener
    void on(WaitingListEnded e) {
        waitingChanged(e.workerAccountId(), e.start(), e.locationName(), "notification.inbox.waiting-ended",
                MailTemplate.WAITING_ENDED);
    }

    private void waitingChanged(long workerAccountId, LocalDateTime start, String locationName, String inboxKey,
            MailTemplate mail) {
        List<String> args = List.of(Appointments.isoMinutes(start), locationName);
        notifications.inboxOnly(workerAccountId, inboxKey, args);
        notifications.mail(workerAccountId, mail, List.of(notifications.link(Notifications.INBOX_PATH), args.get(0),
                args.get(1)), null, null);
    }
}
