package nl.erkenningsportaal.notification;

import static java.time.temporal.ChronoUnit.DAYS;
import static java.time.temporal.ChronoUnit.MONTHS;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The notification module's retention: inbox messages after the region's term; a sent mail's row after 30 days and
 * one that could not be delivered after 90 (time for an administrator to retry it); a token for a link in mail once
 * used or expired; the calendar state of a GGD appointment a week after it ended. Every row goes whole on its own.
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
    static final RetentionRule TOKENS = new RetentionRule("notification.token", JOB, Purpose.SECURITY,
            Term.fixed(0, DAYS));
    static final RetentionRule APPOINTMENTS = new RetentionRule("notification.appointment", JOB, Purpose.MESSAGES,
            Term.fixed(7, DAYS));

    static final List<RetentionRule> RULES = List.of(INBOX, MAIL_SENT, MAIL_DEAD, TOKENS, APPOINTMENTS);

    private final JdbcClient jdbc;
    private final ProcessingRegister register;
    private final RetentionWork work;

    NotificationRetention(JdbcClient jdbc, ProcessingRegister register, RetentionWork work) {
        this.jdbc = jdbc;
        this.register = register;
        this.work = work;
    }

    @Override
    public String name() {
        return JOB;
    }

    @Override
    public void run(Clock clock) {
        delete(INBOX, "DELETE FROM inbox_message WHERE created_at < :before LIMIT :batch",
                utc(register.cutoff(INBOX.id(), null, clock)));
        delete(MAIL_SENT, "DELETE FROM notification_mail WHERE status = 'SENT' AND sent_at < :before LIMIT :batch",
                utc(register.cutoff(MAIL_SENT.id(), null, clock)));
        delete(MAIL_DEAD, "DELETE FROM notification_mail WHERE status = 'DEAD' AND created_at < :before LIMIT :batch",
                utc(register.cutoff(MAIL_DEAD.id(), null, clock)));
        delete(TOKENS, "DELETE FROM notification_token WHERE used_at IS NOT NULL OR expires_at < :before LIMIT :batch",
                utc(register.cutoff(TOKENS.id(), null, clock)));
        // the appointment's times are local times (Europe/Amsterdam)
        LocalDate lastDay = register.cutoffDate(APPOINTMENTS.id(), null, clock);
        delete(APPOINTMENTS, "DELETE FROM notification_booking WHERE ends_at < :before LIMIT :batch",
                lastDay.atStartOfDay());
    }

    private void delete(RetentionRule rule, String sql, LocalDateTime before) {
        work.inBatches(rule.id(), () -> jdbc.sql(sql).param("before", before).param("batch", RetentionWork.BATCH)
                .update());
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
