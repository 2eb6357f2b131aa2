package nl.erkenningsportaal.overview;

import java.time.Clock;
import java.time.LocalDate;
import nl.erkenningsportaal.consultation.AttendanceRecorded;
import nl.erkenningsportaal.consultation.BookingConfirmed;
import nl.erkenningsportaal.consultation.BookingStatus;
import nl.erkenningsportaal.consultation.WaitingListPlaceGiven;
import nl.erkenningsportaal.consultation.WalkInsCounted;
import nl.erkenningsportaal.outreach.AdvertisementRecorded;
import nl.erkenningsportaal.outreach.VisitRecorded;
import nl.erkenningsportaal.recognition.RecognitionEnded;
import nl.erkenningsportaal.recognition.RecognitionGranted;
import nl.erkenningsportaal.recognition.RequestDeclined;
import nl.erkenningsportaal.recognition.RequestSubmitted;
import nl.erkenningsportaal.recognition.RequestWithdrawn;
import nl.erkenningsportaal.signal.SignalHandedOver;
import nl.erkenningsportaal.signal.SignalRaised;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Counts domain events into per-quarter aggregates. Listeners run after the business transaction commits, each in
 * its own transaction, and Spring Modulith's event publication registry re-delivers any that failed, so no count
 * is lost. Walk-ins belong to a GGD session, not a municipality, and are counted for the region.
 */
@Component
class OverviewCounter {

    static final String REGION = "REGION";

    private final OverviewStore store;
    private final Clock clock;

    OverviewCounter(OverviewStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    static String quarter(LocalDate date) {
        return date.getYear() + "-Q" + ((date.getMonthValue() - 1) / 3 + 1);
    }

    void add(String municipalityId, LocalDate date, Metric metric, int delta) {
        store.add(municipalityId, quarter(date), metric, delta);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    @ApplicationModuleListener
    void on(RequestSubmitted e) {
        add(e.municipalityId(), today(), Metric.REQUESTS_SUBMITTED, 1);
    }

    @ApplicationModuleListener
    void on(RecognitionGranted e) {
        add(e.municipalityId(), today(), e.renewal() ? Metric.RENEWED : Metric.RECOGNISED, 1);
        if (!e.renewal()) {
            changeActive(e.municipalityId(), 1);
        }
    }

    /** Moves the running count of active recognitions and writes it into the current quarter. */
    void changeActive(String municipalityId, int delta) {
        store.changeActive(municipalityId, quarter(today()), delta);
    }

    @ApplicationModuleListener
    void on(RequestDeclined e) {
        add(e.municipalityId(), today(), Metric.DECLINED, 1);
    }

    @ApplicationModuleListener
    void on(RequestWithdrawn e) {
        add(e.municipalityId(), today(), Metric.WITHDRAWN, 1);
    }

    @ApplicationModuleListener
    void on(RecognitionEnded e) {
        add(e.municipalityId(), today(), Metric.RECOGNITIONS_ENDED, 1);
        changeActive(e.municipalityId(), -1);
    }

    @ApplicationModuleListener
    void on(AdvertisementRecorded e) {
        add(e.municipalityId(), e.date(), Metric.ADVERTISEMENTS, 1);
    }

    @ApplicationModuleListener
    void on(VisitRecorded e) {
        add(e.municipalityId(), e.date(), Metric.valueOf("VISITS_" + e.outcome().name()), 1);
    }

    @ApplicationModuleListener
    void on(SignalRaised e) {
        add(e.municipalityId(), today(), Metric.SIGNALS_RAISED, 1);
    }

    @ApplicationModuleListener
    void on(SignalHandedOver e) {
        add(e.municipalityId(), today(), Metric.SIGNALS_HANDED_OVER, 1);
    }

    @ApplicationModuleListener
    void on(BookingConfirmed e) {
        add(e.municipalityId(), e.start().toLocalDate(), Metric.GGD_BOOKINGS, 1);
    }

    @ApplicationModuleListener
    void on(WaitingListPlaceGiven e) {
        add(e.municipalityId(), e.start().toLocalDate(), Metric.GGD_BOOKINGS, 1);
    }

    @ApplicationModuleListener
    void on(AttendanceRecorded e) {
        add(e.municipalityId(), today(), e.status() == BookingStatus.ATTENDED ? Metric.GGD_ATTENDED
                : Metric.GGD_NO_SHOWS, 1);
    }

    @ApplicationModuleListener
    void on(WalkInsCounted e) {
        add(REGION, today(), Metric.GGD_WALK_INS, e.delta());
    }
}
