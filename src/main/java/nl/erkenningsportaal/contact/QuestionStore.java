package nl.erkenningsportaal.contact;

import static nl.erkenningsportaal.contact.CareStore.instant;
import static nl.erkenningsportaal.contact.CareStore.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.erkenningsportaal.privacy.FieldCipher;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;

/**
 * The tables of the questions without an account and of the form's submissions per source, and the only place that
 * holds their SQL. The question, the way to reach her and the answer are encrypted; a source address is kept only as
 * a keyed hash.
 */
@Component
class QuestionStore {

    static final String MESSAGE = "contact_question.message";
    static final String REPLY_TO = "contact_question.reply_to";
    static final String ANSWER = "contact_question.answer";

    /** A row as stored; the text, the way to reach her and the answer stay sealed until {@link #open}. */
    record Row(long id, String municipalityId, String messageSealed, String language, ReplyMethod replyMethod,
            @Nullable String replyToSealed, boolean closed, @Nullable QuestionOutcome outcome,
            @Nullable String answerSealed, Instant createdAt, @Nullable Instant closedAt) {}

    record Opened(String message, @Nullable String replyTo, @Nullable String answer) {}

    private static final String SELECT = "SELECT id, municipality_id, message_enc, language, reply_method, "
            + "reply_to_enc, status, outcome, answer_enc, created_at, closed_at FROM contact_question ";

    private final JdbcClient jdbc;
    private final FieldCipher cipher;

    QuestionStore(JdbcClient jdbc, FieldCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    long insert(String municipalityId, String message, String messageHash, String language, ReplyMethod method,
            @Nullable String replyTo, Instant now) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO contact_question (municipality_id, message_enc, message_hash, language, reply_method,
                  reply_to_enc, status, created_at)
                VALUES (:municipality, :message, :hash, :language, :method, :replyTo, 'NEW', :now)""")
                .param("municipality", municipalityId).param("message", cipher.encrypt(message, MESSAGE))
                .param("hash", messageHash).param("language", language).param("method", method.name())
                .param("replyTo", replyTo == null ? null : cipher.encrypt(replyTo, REPLY_TO))
                .param("now", utc(now)).update(keys);
        return Objects.requireNonNull(keys.getKey(), "generated key").longValue();
    }

    /** Whether the same text came in for this municipality since {@code since}. */
    boolean sameMessageSince(String municipalityId, String messageHash, Instant since) {
        return jdbc.sql("SELECT COUNT(*) FROM contact_question WHERE message_hash = :hash "
                + "AND municipality_id = :municipality AND created_at > :since")
                .param("hash", messageHash).param("municipality", municipalityId).param("since", utc(since))
                .query(Integer.class).single() > 0;
    }

    List<Row> list(String municipalityId, boolean open, int limit) {
        String order = open ? " ORDER BY created_at, id" : " ORDER BY closed_at DESC, id DESC";
        return jdbc.sql(SELECT + "WHERE municipality_id = :municipality AND status = :status" + order
                + " LIMIT :limit")
                .param("municipality", municipalityId).param("status", open ? "NEW" : "CLOSED")
                .param("limit", limit).query(this::row).list();
    }

    Optional<Row> find(String municipalityId, long id, boolean forUpdate) {
        return jdbc.sql(SELECT + "WHERE id = :id AND municipality_id = :municipality"
                + (forUpdate ? " FOR UPDATE" : ""))
                .param("id", id).param("municipality", municipalityId).query(this::row).optional();
    }

    Optional<Row> findByAnswerToken(String tokenHash) {
        return jdbc.sql(SELECT + "WHERE answer_token_hash = :hash").param("hash", tokenHash).query(this::row)
                .optional();
    }

    Opened open(Row row) {
        return new Opened(cipher.decrypt(row.messageSealed(), MESSAGE),
                row.replyToSealed() == null ? null : cipher.decrypt(row.replyToSealed(), REPLY_TO),
                row.answerSealed() == null ? null : cipher.decrypt(row.answerSealed(), ANSWER));
    }

    /** Closes with an outcome; the way to reach her is erased at once. */
    void close(long id, QuestionOutcome outcome, Instant now) {
        jdbc.sql("UPDATE contact_question SET status = 'CLOSED', outcome = :outcome, reply_to_enc = NULL, "
                + "closed_at = :now WHERE id = :id")
                .param("outcome", outcome.name()).param("now", utc(now)).param("id", id).update();
    }

    /** Stores the answer (read through the link whose hash is {@code tokenHash}) and closes. */
    void answer(long id, String answer, String tokenHash, Instant now) {
        jdbc.sql("UPDATE contact_question SET answer_enc = :answer, answer_token_hash = :token WHERE id = :id")
                .param("answer", cipher.encrypt(answer, ANSWER)).param("token", tokenHash).param("id", id).update();
        close(id, QuestionOutcome.ANSWERED_BY_MAIL, now);
    }

    /** Erases questions that came in before {@code before}, at most {@code batch}; returns how many. */
    int eraseCreatedBefore(Instant before, int batch) {
        return jdbc.sql("DELETE FROM contact_question WHERE created_at < :before LIMIT :batch")
                .param("before", utc(before)).param("batch", batch).update();
    }

    // ---- submissions per source

    int attemptsSince(String sourceHash, Instant since) {
        return jdbc.sql("SELECT COUNT(*) FROM contact_question_attempt WHERE source_hash = :source "
                + "AND attempted_at > :since")
                .param("source", sourceHash).param("since", utc(since)).query(Integer.class).single();
    }

    void recordAttempt(String sourceHash, Instant at) {
        jdbc.sql("INSERT INTO contact_question_attempt (source_hash, attempted_at) VALUES (:source, :at)")
                .param("source", sourceHash).param("at", utc(at)).update();
    }

    int forgetAttemptsBefore(Instant before, int batch) {
        return jdbc.sql("DELETE FROM contact_question_attempt WHERE attempted_at < :before LIMIT :batch")
                .param("before", utc(before)).param("batch", batch).update();
    }

    private Row row(ResultSet rs, int i) throws SQLException {
        String outcome = rs.getString("outcome");
        LocalDateTime closed = rs.getObject("closed_at", LocalDateTime.class);
        return new Row(rs.getLong("id"), rs.getString("municipality_id"), rs.getString("message_enc"),
                rs.getString("language"), ReplyMethod.valueOf(rs.getString("reply_method")),
                rs.getString("reply_to_enc"), "CLOSED".equals(rs.getString("status")),
                outcome == null ? null : QuestionOutcome.valueOf(outcome), rs.getString("answer_enc"),
                instant(rs, "created_at"), closed == null ? null : closed.toInstant(ZoneOffset.UTC));
    }
}
