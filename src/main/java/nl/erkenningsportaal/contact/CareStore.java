package nl.erkenningsportaal.contact;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.erkenningsportaal.platform.AssignmentChange;
import nl.erkenningsportaal.platform.Whose;
import nl.erkenningsportaal.privacy.FieldCipher;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;

/**
 * The care request tables and the only place that holds their SQL ({@link JdbcClient}, named parameters, rows read
 * by column name). Contact details, notes and messages are encrypted on the way in and decrypted on the way out.
 * Who may see a row is the service's business: every read here takes the scope it is given ({@link Scope}).
 */
@Component
class CareStore {

    static final String CONTACT = "care_request.contact";
    static final String NOTE = "care_request.note";
    static final String TEXT = "care_message.text";

    /** Whose care requests a reader may see: one worker's own, a municipality's officers', or the GGD's. */
    sealed interface Scope {
        String where();

        JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec);
    }

    /** The worker's own requests. */
    record OwnScope(long accountId) implements Scope {
        public String where() {
            return "account_id = :account";
        }

        public JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec) {
            return spec.param("account", accountId);
        }
    }

    /** The officers of a municipality: every topic but health. */
    record OfficerScope(String municipalityId) implements Scope {
        public String where() {
            return "municipality_id = :municipality AND topic <> 'HEALTH'";
        }

        public JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec) {
            return spec.param("municipality", municipalityId);
        }
    }

    /** The GGD: health only, of the whole region. */
    record GgdScope() implements Scope {
        public String where() {
            return "topic = 'HEALTH'";
        }

        public JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec) {
            return spec;
        }
    }

    /** A row as stored; the contact detail and note stay sealed until {@link #open} is asked for them. */
    record Row(long id, long accountId, @Nullable String municipalityId, CareTopic topic, String language,
            ContactMethod method, @Nullable String contactSealed, @Nullable String noteSealed, TaskStatus status,
            Instant createdAt, Instant updatedAt, @Nullable Instant closedAt, @Nullable Long assigneeId) {}

    /** The contact detail and the note of a row, decrypted. */
    record Opened(@Nullable String contactDetail, @Nullable String note) {}

    private static final String SELECT = "SELECT id, account_id, municipality_id, topic, language, contact_method, "
            + "contact_enc, note_enc, status, created_at, updated_at, closed_at, assignee_account_id FROM care_request ";

    private final JdbcClient jdbc;
    private final FieldCipher cipher;

    CareStore(JdbcClient jdbc, FieldCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    long insert(long accountId, @Nullable String municipalityId, CareTopic topic, String language,
            ContactMethod method, @Nullable String contactDetail, @Nullable String note, Instant now) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO care_request (account_id, municipality_id, topic, language, contact_method, contact_enc,
                  note_enc, status, created_at, updated_at)
                VALUES (:account, :municipality, :topic, :language, :method, :contact, :note, 'NEW', :now, :now)""")
                .param("account", accountId).param("municipality", municipalityId).param("topic", topic.name())
                .param("language", language).param("method", method.name())
                .param("contact", contactDetail == null ? null : cipher.encrypt(contactDetail, CONTACT))
                .param("note", note == null ? null : cipher.encrypt(note, NOTE))
                .param("now", utc(now)).update(keys);
        return Objects.requireNonNull(keys.getKey(), "generated key").longValue();
    }

    /** The requests in scope, open ones ({@code NEW}, {@code IN_PROGRESS}) or closed ones, oldest open first. */
    List<Row> list(Scope scope, boolean open, int limit) {
        return list(scope, open, limit, Whose.EVERYONE, 0);
    }

    /** As {@link #list(Scope, boolean, int)}, of {@code whose} for staff member {@code me}. */
    List<Row> list(Scope scope, boolean open, int limit, Whose whose, long me) {
        String statuses = open ? "status IN ('NEW', 'IN_PROGRESS')" : "status = 'CLOSED'";
        String order = open ? " ORDER BY created_at, id" : " ORDER BY closed_at DESC, id DESC";
        String owner = switch (whose) {
            case MINE -> " AND assignee_account_id = :me";
            case UNASSIGNED -> " AND assignee_account_id IS NULL";
            case EVERYONE -> "";
        };
        return scope.bind(jdbc.sql(SELECT + "WHERE " + scope.where() + " AND " + statuses + owner + order
                + " LIMIT :limit")).param("limit", limit).param("me", me).query(this::row).list();
    }

    /** Gives a request to {@code assigneeId} (null: nobody) and writes it in its assignment history. */
    void assign(long id, @Nullable Long assigneeId, long changedBy, Instant at) {
        jdbc.sql("UPDATE care_request SET assignee_account_id = :assignee WHERE id = :id")
                .param("assignee", assigneeId).param("id", id).update();
        jdbc.sql("INSERT INTO care_request_assignment (care_request_id, changed_at, assignee_account_id, changed_by) "
                + "VALUES (:request, :at, :assignee, :by)")
                .param("request", id).param("at", utc(at)).param("assignee", assigneeId).param("by", changedBy)
                .update();
    }

    /** Of the care requests, those assigned to {@code accountId}, locked for the change. */
    List<Long> assignedTo(long accountId) {
        return jdbc.sql("SELECT id FROM care_request WHERE assignee_account_id = :account FOR UPDATE")
                .param("account", accountId).query(Long.class).list();
    }

    /** A request's assignment history, oldest first. */
    List<AssignmentChange> assignments(long id) {
        return jdbc.sql("SELECT changed_at, assignee_account_id, changed_by FROM care_request_assignment "
                + "WHERE care_request_id = :request ORDER BY changed_at, id")
                .param("request", id)
                .query(AssignmentChange::fromRow)
                .list();
    }

    /** All of a worker's requests, newest first. */
    List<Row> ofAccount(long accountId) {
        return jdbc.sql(SELECT + "WHERE account_id = :account ORDER BY created_at DESC, id DESC")
                .param("account", accountId).query(this::row).list();
    }

    Optional<Row> find(Scope scope, long id) {
        return scope.bind(jdbc.sql(SELECT + "WHERE id = :id AND " + scope.where())).param("id", id)
                .query(this::row).optional();
    }

    /** Locks the row in scope for a change (two officers acting at once take turns). */
    Optional<Row> findForUpdate(Scope scope, long id) {
        return scope.bind(jdbc.sql(SELECT + "WHERE id = :id AND " + scope.where() + " FOR UPDATE")).param("id", id)
                .query(this::row).optional();
    }

    void setStatus(long id, TaskStatus status, Instant now) {
        jdbc.sql("UPDATE care_request SET status = :status, updated_at = :now WHERE id = :id")
                .param("status", status.name()).param("now", utc(now)).param("id", id).update();
    }

    /** Closes: the phone number or address she gave is erased at once. */
    void close(long id, Instant now) {
        jdbc.sql("UPDATE care_request SET status = 'CLOSED', contact_enc = NULL, updated_at = :now, closed_at = :now "
                + "WHERE id = :id").param("now", utc(now)).param("id", id).update();
    }

    void addMessage(long requestId, boolean fromWorker, String authorRole, String text, Instant now) {
        jdbc.sql("""
                INSERT INTO care_message (care_request_id, written_at, from_worker, author_role, text_enc)
                VALUES (:request, :now, :fromWorker, :role, :text)""")
                .param("request", requestId).param("now", utc(now)).param("fromWorker", fromWorker)
                .param("role", authorRole).param("text", cipher.encrypt(text, TEXT)).update();
        jdbc.sql("UPDATE care_request SET updated_at = :now WHERE id = :id").param("now", utc(now))
                .param("id", requestId).update();
    }

    List<CareMessage> messages(long requestId) {
        return jdbc.sql("SELECT written_at, from_worker, author_role, text_enc FROM care_message "
                + "WHERE care_request_id = :request ORDER BY written_at, id")
                .param("request", requestId)
                .query((rs, i) -> new CareMessage(instant(rs, "written_at"), rs.getBoolean("from_worker"),
                        rs.getString("author_role"), cipher.decrypt(rs.getString("text_enc"), TEXT)))
                .list();
    }

    /** Erases all of a worker's care requests with their messages; returns how many went. */
    int eraseOfAccount(long accountId) {
        return jdbc.sql("DELETE FROM care_request WHERE account_id = :account").param("account", accountId).update();
    }

    /** Ids of closed requests closed before {@code before}. */
    List<Long> closedBefore(Instant before) {
        return jdbc.sql("SELECT id FROM care_request WHERE status = 'CLOSED' AND closed_at < :before")
                .param("before", utc(before)).query(Long.class).list();
    }

    /** Ids of requests (closed or not) that nobody touched since {@code since}. */
    List<Long> untouchedSince(Instant since) {
        return jdbc.sql("SELECT id FROM care_request WHERE updated_at < :since")
                .param("since", utc(since)).query(Long.class).list();
    }

    void delete(long id) {
        jdbc.sql("DELETE FROM care_request WHERE id = :id").param("id", id).update();
    }

    Opened open(Row row) {
        return new Opened(row.contactSealed() == null ? null : cipher.decrypt(row.contactSealed(), CONTACT),
                row.noteSealed() == null ? null : cipher.decrypt(row.noteSealed(), NOTE));
    }

    private Row row(ResultSet rs, int i) throws SQLException {
        LocalDateTime closed = rs.getObject("closed_at", LocalDateTime.class);
        return new Row(rs.getLong("id"), rs.getLong("account_id"), rs.getString("municipality_id"),
                CareTopic.valueOf(rs.getString("topic")), rs.getString("language"),
                ContactMethod.valueOf(rs.getString("contact_method")),
                rs.getString("contact_enc"), rs.getString("note_enc"), TaskStatus.valueOf(rs.getString("status")),
                instant(rs, "created_at"), instant(rs, "updated_at"),
                closed == null ? null : closed.toInstant(ZoneOffset.UTC), rs.getObject("assignee_account_id", Long.class));
    }

    static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDateTime.class).toInstant(ZoneOffset.UTC);
    }
}
