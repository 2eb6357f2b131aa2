package nl.erkenningsportaal.recognition;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import nl.erkenningsportaal.municipality.Municipality;
import nl.erkenningsportaal.municipality.MunicipalityService;
import nl.erkenningsportaal.platform.JobRuns;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every day, once across nodes: recognitions that end within their municipality's reminder lead time
 * ({@link nl.erkenningsportaal.municipality.MunicipalitySettings#reminderDaysBefore}, set on the municipalities screen)
 * are announced with {@link RecognitionExpiring} (the notification module reminds the worker), each recognition once
 * per end date (not in a municipality that left the regional policy: those cannot be renewed, and their workers were
 * told their end date when it left); and recognitions past their date end, in every municipality. A changed lead time applies to reminders not yet sent: one
 * already sent is not sent again, and a longer lead time reminds the recognitions it now reaches on the next run.
 */
@Component
class ExpiryReminders {

    /** The claim of one reminder: a recognition and its end date (a renewed recognition is reminded again). */
    static final String REMINDER_JOB = "recognition-expiry-reminder";

    private final RecognitionRequestRepository requests;
    private final MunicipalityService municipalities;
    private final JobRuns jobs;
    private final ApplicationEventPublisher events;
    private final RequestLog log;
    private final Clock clock;

    ExpiryReminders(RecognitionRequestRepository requests, MunicipalityService municipalities, JobRuns jobs,
            ApplicationEventPublisher events, RequestLog log, Clock clock) {
        this.requests = requests;
        this.municipalities = municipalities;
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
        // a municipality that left the regional policy renews nothing, and its workers were told their end date when
        // it left (PolicyParticipation): a reminder to ask for a renewal would mislead them
        for (Municipality m : municipalities.participating()) {
            LocalDate until = today.plusDays(m.settings().reminderDaysBefore());
            for (RecognitionRequest r : requests.findByStatusAndMunicipalityIdAndValidUntilBetween(
                    RequestStatus.RECOGNISED, m.id(), today, until)) {
                LocalDate end = java.util.Objects.requireNonNull(r.validUntil);
                if (jobs.claim(REMINDER_JOB, r.id + "/" + end.format(DateTimeFormatter.BASIC_ISO_DATE))) {
                    events.publishEvent(new RecognitionExpiring(r.id, r.workerIdOrZero(), r.municipalityId, end));
                }
            }
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
