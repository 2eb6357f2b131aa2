package nl.erkenningsportaal.recognition;

import java.time.Clock;
import java.time.LocalDate;
import nl.erkenningsportaal.platform.JobRuns;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every day, once across nodes: recognitions that expire in {@link #DAYS_BEFORE} days are announced with
 * {@link RecognitionExpiring} (the notification module reminds the worker), and recognitions past their date end.
 */
@Component
class ExpiryReminders {

    static final int DAYS_BEFORE = 30;

    private final RecognitionRequestRepository requests;
    private final JobRuns jobs;
    private final ApplicationEventPublisher events;
    private final RequestLog log;
    private final Clock clock;

    ExpiryReminders(RecognitionRequestRepository requests, JobRuns jobs, ApplicationEventPublisher events,
            RequestLog log, Clock clock) {
        this.requests = requests;
        this.jobs = jobs;
        this.events = events;
        this.log = log;
        this.clock = clock;
    }

    @Scheduled(cron = "${portal.recognition.expiry-cron:0 15 3 * * *}", zone = "Europe/Amsterdam")
    @Transactional
    public void run() {
        LocalDate today = LocalDate.now(clock);
        if (!jobs.claim("recognition-expiry", today.toString())) {
            return;
        }
        runFor(today);
    }

    void runFor(LocalDate today) {
        for (RecognitionRequest r : requests.findByStatusAndValidUntil(RequestStatus.RECOGNISED,
                today.plusDays(DAYS_BEFORE))) {
            events.publishEvent(new RecognitionExpiring(r.id, r.workerIdOrZero(), r.municipalityId, r.validUntil));
        }
        for (RecognitionRequest r : requests.findByStatusAndValidUntilBefore(RequestStatus.RECOGNISED, today)) {
            r.status = RequestStatus.ENDED;
            r.endReason = EndReason.EXPIRED;
            r.updatedAt = clock.instant();
            log.history(r.id, "ENDED", "SYSTEM");
            events.publishEvent(new RecognitionEnded(r.id, r.workerIdOrZero(), r.municipalityId, EndReason.EXPIRED));
        }
    }
}
