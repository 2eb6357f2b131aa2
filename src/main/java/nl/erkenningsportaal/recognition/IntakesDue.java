package nl.erkenningsportaal.recognition;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import nl.erkenningsportaal.platform.JobRuns;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Early every morning, once across nodes: every intake planned for today is announced with {@link IntakeDue} (the
 * notification module alerts the officers, or the one it is assigned to).
 */
@Component
class IntakesDue {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    private final RecognitionRequestRepository requests;
    private final JobRuns jobs;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    IntakesDue(RecognitionRequestRepository requests, JobRuns jobs, ApplicationEventPublisher events, Clock clock) {
        this.requests = requests;
        this.jobs = jobs;
        this.events = events;
        this.clock = clock;
    }

    @Scheduled(cron = "${portal.recognition.intakes-due-cron:0 30 6 * * *}", zone = "Europe/Amsterdam")
    @Transactional
    public void run() {
        LocalDate today = LocalDate.now(clock.withZone(AMSTERDAM));
        if (jobs.claim("intakes-due", today.toString())) {
            runFor(today);
        }
    }

    /** Announces the intakes planned on {@code day} (Amsterdam time); returns how many. */
    int runFor(LocalDate day) {
        var intakes = requests.findByStatusAndIntakeAtGreaterThanEqualAndIntakeAtLessThan(
                RequestStatus.INTAKE_PLANNED, day.atStartOfDay(AMSTERDAM).toInstant(),
                day.plusDays(1).atStartOfDay(AMSTERDAM).toInstant());
        for (RecognitionRequest r : intakes) {
            events.publishEvent(new IntakeDue(r.id, r.municipalityId, r.intakeAt));
        }
        return intakes.size();
    }
}
