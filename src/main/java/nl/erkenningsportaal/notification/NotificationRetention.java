package nl.erkenningsportaal.notification;

import static java.time.temporal.ChronoUnit.DAYS;
import static java.time.temporal.ChronoUnit.MONTHS;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import nl.erkenningsportaal.municipality.RegionRetention;
import nl.erkenningsportaal.privacy.ProcessingRegister;
import nl.erkenningsportaal.privacy.Purpose;
import nl.erkenningsportaal.privacy.RetentionJob;
import nl.erkenningsportaal.privacy.RetentionRule;
import nl.erkenningsportaal.privacy.RetentionWork;
import nl.erkenningsportaal.privacy.Term;
import org.springframework.stereotype.Component;

/**
 * The notification module's retention: inbox messages after the region's term; a sent mail's row after 30 days and
 * one that could not be delivered after 90 (time for an administrator to retry it); the calendar state of a GGD appointment a week after it ended. Every row goes whole on its own.
 */
@Component
class NotificationRetention implements RetentionJob {

    static final String JOB = "notification";

    static final RetentionRule INBOX = new RetentionRule("notification.inbox", JOB, Purpose.MESSAGES,
            Term.region(RegionRetention.INBOX_MONTHS, MONTHS));
    static final RetentionRule MAIL_SENT = new RetentionRule("notification.mail.sent", JOB, Purpose.MESSAGES,
            Term.fixed(30, DAYS));
    static final RetentionRule MAIL_DEAD = new RetentionRule("notification.mail.dead", JOB, Purpose.MESSAGES,
            Term.fixed(90, DAYS));
    static final RetentionRule APPOINTMENTS = new RetentionRule("notification.appointment", JOB, Purpose.MESSAGES,
            Term.fixed(7, DAYS));

    static final List<RetentionRule> RULES = List.of(INBOX, MAIL_SENT, MAIL_DEAD, APPOINTMENTS);

    private final NotificationStore store;
    private final MailOutbox outbox;
    private final ProcessingRegister register;
    private final RetentionWork work;

    NotificationRetention(NotificationStore store, MailOutbox outbox, ProcessingRegister register,
            RetentionWork work) {
        this.store = store;
        this.outbox = outbox;
        this.register = register;
        this.work = work;
    }

    @Override
    public String name() {
        return JOB;
    }

    @Override
    public void run(Clock clock) {
        LocalDateTime inboxBefore = utc(register.cutoff(INBOX.id(), null, clock));
        work.inBatches(INBOX.id(), () -> store.deleteInboxBefore(inboxBefore, RetentionWork.BATCH));
        LocalDateTime sentBefore = utc(register.cutoff(MAIL_SENT.id(), null, clock));
        work.inBatches(MAIL_SENT.id(), () -> outbox.forgetSentBefore(sentBefore, RetentionWork.BATCH));
        LocalDateTime deadBefore = utc(register.cutoff(MAIL_DEAD.id(), null, clock));
        work.inBatches(MAIL_DEAD.id(), () -> outbox.forgetDeadBefore(deadBefore, RetentionWork.BATCH));
        // the appointment's times are local times (Europe/Amsterdam)
        LocalDateTime endedBefore = register.cutoffDate(APPOINTMENTS.id(), null, clock).atStartOfDay();
        work.inBatches(APPOINTMENTS.id(), () -> store.deleteAppointmentsEndedBefore(endedBefore,
                RetentionWork.BATCH));
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
