package nl.erkenningsportaal.contact;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import nl.erkenningsportaal.audit.AuditAction;
import nl.erkenningsportaal.audit.AuditActor;
import nl.erkenningsportaal.audit.AuditService;
import nl.erkenningsportaal.platform.JobRuns;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The contact module's clean-up, daily and once across nodes: questions without an account go
 * {@link ContactSettings#questionKept()} after they came in (answered or not: the promise is "within 30 days"), the
 * form's submissions per source after a day, and a care request with its messages
 * {@link ContactSettings#careKeptAfterClosing()} after it was closed, or when nobody touched it for
 * {@link ContactSettings#careKeptUntouched()}. Contact details went at closing already.
 */
@Component
class ContactRetention {

    private final CareStore care;
    private final QuestionStore questions;
    private final ContactSettings settings;
    private final AuditService audit;
    private final JobRuns jobs;
    private final Clock clock;

    ContactRetention(CareStore care, QuestionStore questions, ContactSettings settings, AuditService audit,
            JobRuns jobs, Clock clock) {
        this.care = care;
        this.questions = questions;
        this.settings = settings;
        this.audit = audit;
        this.jobs = jobs;
        this.clock = clock;
    }

    @Scheduled(cron = "${portal.contact.retention-cron:0 45 2 * * *}", zone = "Europe/Amsterdam")
    @Transactional
    public void run() {
        if (jobs.claim("contact-retention", LocalDate.now(clock).toString())) {
            runNow();
        }
    }

    /** Returns {care requests erased, questions erased}; one transaction, also when called on its own (tests). */
    @Transactional
    int[] runNow() {
        Instant now = clock.instant();
        int careErased = 0;
        for (long id : care.expired(now.minus(settings.careKeptAfterClosing()),
                now.minus(settings.careKeptUntouched()))) {
            audit.record(AuditActor.SYSTEM, AuditAction.DATA_ERASED, "CARE_REQUEST", Long.toString(id), "retention");
            care.delete(id);
            careErased++;
        }
        int questionsErased = questions.eraseCreatedBefore(now.minus(settings.questionKept()));
        questions.forgetAttemptsBefore(now.minus(Duration.ofDays(1)));
        return new int[] {careErased, questionsErased};
    }
}
