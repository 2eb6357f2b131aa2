package nl.erkenningsportaal.recognition;

import static java.time.temporal.ChronoUnit.DAYS;
import static java.time.temporal.ChronoUnit.MONTHS;
import static java.time.temporal.ChronoUnit.YEARS;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import nl.erkenningsportaal.audit.AuditAction;
import nl.erkenningsportaal.audit.AuditActor;
import nl.erkenningsportaal.audit.AuditService;
import nl.erkenningsportaal.municipality.RetentionSettings;
import nl.erkenningsportaal.privacy.ProcessingRegister;
import nl.erkenningsportaal.privacy.Purpose;
import nl.erkenningsportaal.privacy.RetentionJob;
import nl.erkenningsportaal.privacy.RetentionRule;
import nl.erkenningsportaal.privacy.RetentionWork;
import nl.erkenningsportaal.privacy.Term;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The recognition module's retention, with each municipality's own terms: declined and withdrawn requests are erased
 * (with their history, notes, messages, consent given at the door and activation codes); ended recognitions are made
 * anonymous (the identity, notes, messages and consent given at the door go, the row keeps only status, dates and the
 * now meaningless number); used or expired activation codes and old failed attempts go. Each request in a
 * transaction of its own; the anonymous overview keeps its figures.
 */
@Component
class RequestRetention implements RetentionJob {

    static final String JOB = "recognition";
    static final String ANONYMISED = "ANONYMISED";

    static final RetentionRule DECLINED = new RetentionRule("recognition.request.declined", JOB,
            Purpose.RECOGNITION, Term.municipality(RetentionSettings.DECLINED_MONTHS, MONTHS));
    static final RetentionRule ENDED = new RetentionRule("recognition.request.ended", JOB, Purpose.RECOGNITION,
            Term.municipality(RetentionSettings.ENDED_YEARS, YEARS));
    static final RetentionRule ACTIVATION_CODES = new RetentionRule("recognition.activation-code", JOB,
            Purpose.SECURITY, Term.fixed(30, DAYS));
    static final RetentionRule ACTIVATION_ATTEMPTS = new RetentionRule("recognition.activation-attempt", JOB,
            Purpose.SECURITY, Term.fixed(1, DAYS));

    static final List<RetentionRule> RULES = List.of(DECLINED, ENDED, ACTIVATION_CODES, ACTIVATION_ATTEMPTS);

    private final JdbcClient jdbc;
    private final ProcessingRegister register;
    private final RetentionWork work;
    private final AuditService audit;

    RequestRetention(JdbcClient jdbc, ProcessingRegister register, RetentionWork work, AuditService audit) {
        this.jdbc = jdbc;
        this.register = register;
        this.work = work;
        this.audit = audit;
    }

    @Override
    public String name() {
        return JOB;
    }

    @Override
    public void run(Clock clock) {
        for (String m : register.scopes(DECLINED.id())) {
            List<Long> due = jdbc.sql("""
                    SELECT id FROM recognition_request
                    WHERE municipality_id = :municipality AND status IN ('DECLINED', 'WITHDRAWN') AND updated_at < :before""")
                    .param("municipality", m).param("before", utc(register.cutoff(DECLINED.id(), m, clock)))
                    .query(Long.class).list();
            work.eachInOwnTransaction(DECLINED.id(), due, this::erase);
        }
        for (String m : register.scopes(ENDED.id())) {
            List<Long> due = jdbc.sql("""
                    SELECT id FROM recognition_request
                    WHERE municipality_id = :municipality AND status = 'ENDED' AND updated_at < :before
                      AND legal_name_enc <> :anonymised""")
                    .param("municipality", m).param("before", utc(register.cutoff(ENDED.id(), m, clock)))
                    .param("anonymised", ANONYMISED).query(Long.class).list();
            work.eachInOwnTransaction(ENDED.id(), due, this::anonymise);
        }
        LocalDateTime codesBefore = utc(register.cutoff(ACTIVATION_CODES.id(), null, clock));
        work.inBatches(ACTIVATION_CODES.id(), () -> jdbc.sql("""
                DELETE FROM activation_code WHERE (used_at IS NOT NULL AND used_at < :before) OR expires_at < :before
                LIMIT :batch""").param("before", codesBefore).param("batch", RetentionWork.BATCH).update());
        LocalDateTime attemptsBefore = utc(register.cutoff(ACTIVATION_ATTEMPTS.id(), null, clock));
        work.inBatches(ACTIVATION_ATTEMPTS.id(), () -> jdbc.sql(
                "DELETE FROM activation_attempt WHERE attempted_at < :before LIMIT :batch")
                .param("before", attemptsBefore).param("batch", RetentionWork.BATCH).update());
    }

    /** A declined or withdrawn request, with its history, notes, messages, door consent and codes (by cascade). */
    private void erase(long id) {
        audit.record(AuditActor.SYSTEM, AuditAction.DATA_ERASED, "REQUEST", Long.toString(id), "retention");
        jdbc.sql("DELETE FROM recognition_request WHERE id = :id").param("id", id).update();
    }

    /** An ended recognition keeps its status, dates and number; who it was goes. */
    private void anonymise(long id) {
        audit.record(AuditActor.SYSTEM, AuditAction.DATA_ERASED, "REQUEST", Long.toString(id),
                "retention: anonymised");
        jdbc.sql("""
                UPDATE recognition_request SET worker_account_id = NULL, legal_name_enc = :a, date_of_birth_enc = :a,
                  nationality_enc = :a, street_enc = :a, house_number_enc = :a, house_number_addition_enc = NULL,
                  postcode_enc = :a, town_enc = :a, phone_enc = NULL, work_name_enc = NULL, languages = '',
                  duplicate_index = SHA2(UUID(), 256), intake_place_text_enc = NULL, decline_text_enc = NULL
                WHERE id = :id""").param("a", ANONYMISED).param("id", id).update();
        jdbc.sql("DELETE FROM recognition_note WHERE request_id = :id").param("id", id).update();
        jdbc.sql("DELETE FROM door_consent WHERE request_id = :id").param("id", id).update();
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
