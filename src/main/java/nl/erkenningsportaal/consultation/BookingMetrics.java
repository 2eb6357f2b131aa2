package nl.erkenningsportaal.consultation;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Counts GGD bookings for operations ({@code portal_bookings_total{change}} on the management port): confirmed,
 * rescheduled and cancelled, each counted once its transaction committed (a booking retried after a deadlock counts
 * once). A plain listener, not a transactional one, so no row in the event outbox is written for a counter.
 */
@Component
class BookingMetrics {

    private final Counter confirmed;
    private final Counter rescheduled;
    private final Counter cancelled;

    BookingMetrics(MeterRegistry meters) {
        confirmed = counter(meters, "confirmed");
        rescheduled = counter(meters, "rescheduled");
        cancelled = counter(meters, "cancelled");
    }

    private static Counter counter(MeterRegistry meters, String change) {
        return Counter.builder("portal.bookings").tag("change", change)
                .description("GGD bookings confirmed, rescheduled and cancelled (committed)").register(meters);
    }

    @EventListener
    void on(BookingConfirmed event) {
        afterCommit(confirmed);
    }

    @EventListener
    void on(BookingRescheduled event) {
        afterCommit(rescheduled);
    }

    @EventListener
    void on(BookingCancelled event) {
        afterCommit(cancelled);
    }

    private static void afterCommit(Counter counter) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    counter.increment();
                }
            });
        } else {
            counter.increment();
        }
    }
}
