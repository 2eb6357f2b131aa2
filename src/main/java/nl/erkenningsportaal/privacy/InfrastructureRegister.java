package nl.erkenningsportaal.privacy;

import static java.time.temporal.ChronoUnit.DAYS;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import nl.erkenningsportaal.platform.EventPublications;
import org.springframework.stereotype.Component;

/**
 * The tables of the frameworks beneath every module: Spring Modulith's event publication registry, Flyway's history
 * and the scheduler's claims ({@code platform.JobRuns}). The platform module sits below this one, so the privacy
 * module declares them and clears the registry itself.
 *
 * <p>A handled event publication is deleted at once ({@code completion-mode=delete}); one whose listener keeps
 * failing stays for retries, and after {@value #STALE_DAYS} days it goes too: its serialized event names an account
 * and, for a GGD booking, the appointment.
 */
@Component
class InfrastructureRegister implements ProcessingDeclaration, RetentionJob {

    static final String JOB = "infrastructure";
    static final int STALE_DAYS = 30;
    static final RetentionRule EVENTS = new RetentionRule("infrastructure.event-publication", JOB,
            Purpose.OPERATION, Term.fixed(STALE_DAYS, DAYS));

    private final EventPublications events;
    private final ProcessingRegister register;
    private final RetentionWork work;

    InfrastructureRegister(EventPublications events, ProcessingRegister register, RetentionWork work) {
        this.events = events;
        this.register = register;
        this.work = work;
    }

    @Override
    public String module() {
        return "privacy";
    }

    @Override
    public List<RetentionRule> rules() {
        return List.of(EVENTS);
    }

    @Override
    public List<DeclaredTable> tables() {
        return List.of(
                DeclaredTable.table("EVENT_PUBLICATION", Purpose.OPERATION, LegalBasis.LEGAL_OBLIGATION)
                        .keptBy(EVENTS)
                        .columns(DataCategory.TECHNICAL, "id", "publication_date", "completion_date", "status",
                                "completion_attempts", "last_resubmission_date")
                        // class and method names
                        .generated(DataCategory.TECHNICAL, "listener_id", "event_type")
                        // an event names an account and may carry a GGD appointment (time and place); events carry
                        // ids and references, no text typed about a person (at most the GGD's message to everyone
                        // booked on a cancelled session); a handled event is deleted at once
                        .generated(DataCategory.CARE, "serialized_event")
                        .build(),
                DeclaredTable.notPersonal("flyway_schema_history", Purpose.OPERATION, "installed_rank", "version",
                        "description", "type", "script", "checksum", "installed_by", "installed_on",
                        "execution_time", "success"),
                DeclaredTable.notPersonal("job_run", Purpose.OPERATION, "job", "period", "claimed_at"));
    }

    @Override
    public String name() {
        return JOB;
    }

    @Override
    public void run(Clock clock) {
        LocalDateTime before = LocalDateTime.ofInstant(register.cutoff(EVENTS.id(), null, clock), ZoneOffset.UTC);
        work.inBatches(EVENTS.id(), () -> events.forgetIncompleteBefore(before, RetentionWork.BATCH));
    }
}
