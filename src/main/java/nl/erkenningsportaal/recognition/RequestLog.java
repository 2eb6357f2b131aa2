package nl.erkenningsportaal.recognition;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** History, notes and messages of a request (texts encrypted through {@link RequestCrypto}). */
@Component
class RequestLog {

    private final JdbcTemplate jdbc;
    private final RequestCrypto crypto;
    private final Clock clock;

    RequestLog(JdbcTemplate jdbc, RequestCrypto crypto, Clock clock) {
        this.jdbc = jdbc;
        this.crypto = crypto;
        this.clock = clock;
    }

    void history(long requestId, String kind, String actorRole) {
        jdbc.update("INSERT INTO recognition_history (request_id, occurred_at, kind, actor_role) VALUES (?, ?, ?, ?)",
                requestId, utc(clock.instant()), kind, actorRole);
    }

    List<HistoryEntry> history(long requestId) {
        return jdbc.query("SELECT occurred_at, kind, actor_role FROM recognition_history WHERE request_id = ? "
                + "ORDER BY occurred_at, id", (rs, i) -> new HistoryEntry(
                rs.getObject(1, LocalDateTime.class).toInstant(ZoneOffset.UTC), rs.getString(2), rs.getString(3)),
                requestId);
    }

    void note(long requestId, long authorId, String text, boolean toWorker, boolean fromWorker) {
        jdbc.update("INSERT INTO recognition_note (request_id, written_at, author_account_id, to_worker, from_worker, "
                + "text_enc) VALUES (?, ?, ?, ?, ?, ?)", requestId, utc(clock.instant()), authorId, toWorker,
                fromWorker, crypto.encryptText(text, "recognition_note.text"));
    }

    List<Note> notes(long requestId) {
        return jdbc.query("SELECT written_at, text_enc FROM recognition_note WHERE request_id = ? AND NOT to_worker "
                + "AND NOT from_worker ORDER BY written_at DESC, id DESC", (rs, i) -> new Note(
                rs.getObject(1, LocalDateTime.class).toInstant(ZoneOffset.UTC),
                crypto.decryptText(rs.getString(2), "recognition_note.text")), requestId);
    }

    List<Message> messages(long requestId) {
        return jdbc.query("SELECT id, written_at, from_worker, text_enc FROM recognition_note WHERE request_id = ? "
                + "AND (to_worker OR from_worker) ORDER BY written_at, id", (rs, i) -> new Message(rs.getLong(1),
                rs.getObject(2, LocalDateTime.class).toInstant(ZoneOffset.UTC), rs.getBoolean(3),
                crypto.decryptText(rs.getString(4), "recognition_note.text")), requestId);
    }

    static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
