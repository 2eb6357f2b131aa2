package nl.erkenningsportaal.notification;

import java.time.LocalDateTime;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.transaction.annotation.Transactional;

/**
 * A stand-in for the consultation module's booking: a business action that commits and publishes a domain event,
 * and a listener of this module that turns it into notifications, exactly as the real listeners do.
 */
final class TestBooking {

    private TestBooking() {}

    /** The domain event. */
    record Booked(String bookingRef, long workerAccountId, LocalDateTime start) {}

    /** The business action: commits and publishes within its transaction. */
    static class Desk {
        private final ApplicationEventPublisher events;

        Desk(ApplicationEventPublisher events) {
            this.events = events;
        }

        @Transactional
        public void book(Booked booking) {
            events.publishEvent(booking);
        }
    }

    static class Listener {
        private final Appointments appointments;

        Listener(Appointments appointments) {
            this.appointments = appointments;
        }

        @ApplicationModuleListener
        void on(Booked booked) {
            appointments.confirmed(new Appointment(booked.bookingRef(), booked.workerAccountId(), booked.start(),
                    booked.start().plusMinutes(20), "GGD Drenthe, Assen"));
        }
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Config {
        @Bean
        Desk testBookingDesk(ApplicationEventPublisher events) {
            return new Desk(events);
        }

        @Bean
        Listener testBookingListener(Appointments appointments) {
            return new Listener(appointments);
        }
    }
}
