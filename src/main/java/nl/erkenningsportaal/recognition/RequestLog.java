package nl.erkenningsportaal.recognition;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * History, notes and messages of a request (texts encrypted through {@link RequestCrypto}): the SQL of
 * {@code recognition_history} and {@code recognition_note}, JdbcClient with named parameters, rows read by name.
 */
@Component
class RequestLog {

    private final JdbcClient jdbc;
    private final RequestCrypto crypto;
    private final Clock clock;

    RequestLog(JdbcClient jdbc, RequestCrypto crypto, Clock clock) {
        this.jdbc = jdbc;
        this.crypto = crypto;
        this.clock = clock;
    }

    void history(long requestId, String kind, String actorRole) {
        jdbc.sql("INSERT INTO recognition_history (request_id, occurred_at, kind, actor_role) "
                + "VALUES (:request, :at, :kind, :role)")
                .param("request", requestId).param("at", utc(clock.instant())).param("kind", kind)
                .param("role", actorRole).update();
    }

    List<HistoryEntry> history(long requestId) {
        return jdbc.sql("SELECT occurred_at, kind, actor_role FROM recognition_history WHERE request_id = :request "
                + "ORDER BY occurred_at, id")
                .param("request", requestId)
                .query((rs, i) -> new HistoryEntry(rs.getObject("occurred_at", LocalDateTime.class)
                        .toInstant(ZoneOffset.UTC), rs.getString("kind"), rs.getString("actor_role")))
                .list();
    }

    void note(long requestId, long authorId, String text, boolean toWorker, boolean fromWorker) {
        jdbc.sql("INSERT INTO recognition_note (request_id, written_at, author_account_id, to_worker, from_worker, "
                + "text_enc) VALUES (:request, :at, :author, :toWorker, :fromWorker, :text)")
                .param("request", requestId).param("at", utc(clock.instant())).param("author", authorId)
                .param("toWorker", toWorker).param("fromWorker", fromWorker)
                .param("text", crypto.encryptText(text, "recognition_note.text")).update();
    }

    List<Note> notes(long requestId) {
        return jdbc.sql("SELECT written_at, text_enc FROM recognition_note WHERE request_id = :request "
                + "AND NOT to_worker AND NOT from_worker ORDER BY written_at DESC, id DESC")
                .param("request", requestId)
                .query((rs, i) -> new Note(rs.getObject("written_at", LocalDateTime.class).toInstant(ZoneOffset.UTC),
                        crypto.decryptText(rs.getString("text_enc"), "recognition_note.text")))
                .list();
    }

    List<Message> messages(long requestId) {
        return jdbc.sql("SELECT id, written_at, from_worker, text_enc FROM recognition_note "
                + "WHERE request_id = :request AND (to_worker OR from_worker) ORDER BY written_at, id")
                .param("request", requestId)
                .query((rs, i) -> new Message(rs.getLong("id"),
                        rs.getObject("written_at", LocalDateTime.class).toInstant(ZoneOffset.UTC),
                        rs.getBoolean("from_worker"), crypto.decryptText(rs.getString("text_enc"),
                                "recognition_note.text")))
                .list();
    }

    /** Deletes the notes and messages of a request (when its identity is erased). */
    void deleteNotes(long requestId) {
        jdbc.sql("DELETE FROM recognition_note WHERE request_id = :request").param("request", requestId).update();
    }

    static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
