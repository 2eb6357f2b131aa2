package nl.erkenningsportaal.notification;

import nl.erkenningsportaal.consultation.BookingCancelled;
import nl.erkenningsportaal.consultation.BookingConfirmed;
import nl.erkenningsportaal.consultation.BookingRescheduled;
import nl.erkenningsportaal.consultation.SessionCancelled;
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

    ConsultationNotifications(Appointments appointments) {
        this.appointments = appointments;
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
}
