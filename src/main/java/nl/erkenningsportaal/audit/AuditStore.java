package nl.erkenningsportaal.audit;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import nl.erkenningsportaal.privacy.FieldCipher;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The audit tables and the only place that holds their SQL ({@link JdbcClient}, named parameters, rows read by
 * column name). Entries are only ever inserted; the database refuses updates of them, and deletes of entries that no
 * checkpoint covers. A reason is stored encrypted ({@link FieldCipher}, context {@link #REASON}).
 */
@Component
class AuditStore {

    private static final String SELECT = "SELECT sequence_no, occurred_at, actor, actor_role, actor_municipality, "
            + "action, subject_type, subject, reason, previous_hash, entry_hash FROM audit_entry";

    /** The encryption context of a reason: a value copied into another column does not decrypt. */
    static final String REASON = "audit_entry.reason";

    private final RowMapper<AuditEntry> ENTRY = (rs, i) -> new AuditEntry(
            rs.getLong("sequence_no"),
            rs.getObject("occurred_at", LocalDateTime.class).toInstant(ZoneOffset.UTC),
            rs.getString("actor"),
            rs.getString("actor_role"),
            rs.getString("actor_municipality"),
            AuditAction.valueOf(rs.getString("action")),
            rs.getString("subject_type"),
            rs.getString("subject"),
            open(rs.getString("reason")),
            rs.getString("previous_hash"),
            rs.getString("entry_hash"));

    private final JdbcClient jdbc;
    private final FieldCipher cipher;
    private final Clock clock;

    AuditStore(JdbcClient jdbc, FieldCipher cipher, Clock clock) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.clock = clock;
    }

    private @Nullable String seal(@Nullable String reason) {
        return reason == null ? null : cipher.encrypt(reason, REASON);
    }

    private @Nullable String open(@Nullable String reason) {
        return reason == null ? null : cipher.decrypt(reason, REASON);
    }

    /** The newest entry's sequence and hash. */
    record Head(long lastSequence, String lastHash) {}

    /** The head, locked until the transaction ends: entries are written one at a time, in sequence. */
    Head lockHead() {
        return jdbc.sql("SELECT last_sequence, last_hash FROM audit_head WHERE id = 1 FOR UPDATE")
                .query(Head.class).single();
    }

    String headHash() {
        return jdbc.sql("SELECT last_hash FROM audit_head WHERE id = 1").query(String.class).single();
    }

    /** Appends an entry and moves the head to it. */
    void append(AuditEntry e) {
        jdbc.sql("""
                INSERT INTO audit_entry (sequence_no, occurred_at, actor, actor_role, actor_municipality, action,
                                         subject_type, subject, reason, previous_hash, entry_hash)
                VALUES (:sequence, :occurredAt, :actor, :role, :municipality, :action, :subjectType, :subject, :reason,
                        :previousHash, :hash)""")
                .param("sequence", e.sequence()).param("occurredAt", LocalDateTime.ofInstant(e.occurredAt(),
                        ZoneOffset.UTC))
                .param("actor", e.actor()).param("role", e.actorRole()).param("municipality", e.actorMunicipality())
                .param("action", e.action().name()).param("subjectType", e.subjectType())
                .param("subject", e.subject()).param("reason", seal(e.reason()))
                .param("previousHash", e.previousHash())
                .param("hash", e.hash())
                .update();
        jdbc.sql("UPDATE audit_head SET last_sequence = :sequence, last_hash = :hash WHERE id = 1")
                .param("sequence", e.sequence()).param("hash", e.hash()).update();
    }

    List<AuditEntry> forSubject(String subjectType, String subject) {
        return jdbc.sql(SELECT + " WHERE subject_type = :type AND subject = :subject ORDER BY sequence_no DESC")
                .param("type", subjectType).param("subject", subject).query(ENTRY).list();
    }

    /** Entries about any of {@code subjects} (of one type), newest first. */
    List<AuditEntry> forSubjects(String subjectType, List<String> subjects) {
        return jdbc.sql(SELECT + " WHERE subject_type = :type AND subject IN (:subjects) ORDER BY sequence_no DESC")
                .param("type", subjectType).param("subjects", subjects).query(ENTRY).list();
    }

    List<AuditEntry> latest(int limit) {
        return jdbc.sql(SELECT + " ORDER BY sequence_no DESC LIMIT :limit").param("limit", limit)
                .query(ENTRY).list();
    }

    /** One page of the entries matching {@code filter}, newest first. */
    List<AuditEntry> search(AuditFilter filter, int offset, int limit) {
        Where where = where(filter);
        return jdbc.sql(SELECT + where.sql() + " ORDER BY sequence_no DESC LIMIT :limit OFFSET :offset")
                .params(where.params()).param("limit", limit).param("offset", offset).query(ENTRY).list();
    }

    int count(AuditFilter filter) {
        Where where = where(filter);
        return jdbc.sql("SELECT COUNT(*) FROM audit_entry" + where.sql()).params(where.params())
                .query(Integer.class).single();
    }

    /** The entries matching {@code filter}, oldest first, at most {@code max}, one at a time. */
    void matching(AuditFilter filter, int max, Consumer<AuditEntry> each) {
        Where where = where(filter);
        jdbc.sql(SELECT + where.sql() + " ORDER BY sequence_no LIMIT :max").params(where.params()).param("max", max)
                .query((RowCallbackHandler) rs -> each.accept(ENTRY.mapRow(rs, 0)));
    }

    /** Every entry from {@code fromSequence} on, oldest first, one at a time. */
    void inOrder(long fromSequence, Consumer<AuditEntry> each) {
        jdbc.sql(SELECT + " WHERE sequence_no >= :from ORDER BY sequence_no").param("from", fromSequence)
                .query((RowCallbackHandler) rs -> each.accept(ENTRY.mapRow(rs, 0)));
    }

    // ---- pruning from a checkpoint

    /** The newest checkpoint: the last pruned entry, where the chain goes on. */
    Optional<ChainVerification.Checkpoint> newestCheckpoint() {
        return jdbc.sql("SELECT sequence_no, entry_hash, occurred_at FROM audit_checkpoint "
                + "ORDER BY sequence_no DESC LIMIT 1")
                .query((rs, i) -> new ChainVerification.Checkpoint(rs.getLong("sequence_no"),
                        rs.getString("entry_hash"),
                        rs.getObject("occurred_at", LocalDateTime.class).toInstant(ZoneOffset.UTC)))
                .optional();
    }

    /** The newest entry written before {@code before} that no checkpoint covers yet. */
    Optional<Last> lastUncoveredBefore(LocalDateTime before) {
        return jdbc.sql("""
                SELECT sequence_no, entry_hash, occurred_at FROM audit_entry
                WHERE occurred_at < :before
                  AND sequence_no > (SELECT COALESCE(MAX(sequence_no), 0) FROM audit_checkpoint)
                ORDER BY sequence_no DESC LIMIT 1""").param("before", before).query(Last.class).optional();
    }

    record Last(long sequenceNo, String entryHash, LocalDateTime occurredAt) {}

    void insertCheckpoint(Last last, LocalDateTime prunedAt) {
        jdbc.sql("""
                INSERT INTO audit_checkpoint (sequence_no, entry_hash, occurred_at, pruned_at)
                VALUES (:sequence, :hash, :occurredAt, :prunedAt)""").param("sequence", last.sequenceNo())
                .param("hash", last.entryHash()).param("occurredAt", last.occurredAt()).param("prunedAt", prunedAt)
                .update();
    }

    /** Deletes at most {@code batch} of the entries a checkpoint covers, oldest first; returns how many. */
    int deleteCovered(int batch) {
        return jdbc.sql("""
                DELETE FROM audit_entry WHERE sequence_no <= (SELECT MAX(sequence_no) FROM audit_checkpoint)
                ORDER BY sequence_no LIMIT :batch""").param("batch", batch).update();
    }

    private record Where(String sql, Map<String, Object> params) {}

    private Where where(AuditFilter f) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (f.actor() != null && !f.actor().isBlank()) {
            // an actor is stored as "account:<id>:<user name>" (or "system"): match the whole or the user name
            String actor = f.actor().strip();
            conditions.add("(actor = :actor OR actor LIKE :actorName ESCAPE '!')");
            params.put("actor", actor);
            params.put("actorName", "account:%:" + actor.replace("!", "!!").replace("%", "!%").replace("_", "!_"));
        }
        if (f.action() != null) {
            conditions.add("action = :action");
            params.put("action", f.action().name());
        }
        if (f.subjectType() != null && !f.subjectType().isBlank()) {
            conditions.add("subject_type = :subjectType");
            params.put("subjectType", f.subjectType().strip());
        }
        if (f.subject() != null && !f.subject().isBlank()) {
            conditions.add("subject = :subject");
            params.put("subject", f.subject().strip());
        }
        if (f.from() != null) {
            conditions.add("occurred_at >= :from");
            params.put("from", utcStartOf(f.from()));
        }
        if (f.to() != null) {
            conditions.add("occurred_at < :to");
            params.put("to", utcStartOf(f.to().plusDays(1)));
        }
        return new Where(conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions), params);
    }

    /** The start of a day in the portal's time zone, as the UTC time the entries are stored in. */
    private LocalDateTime utcStartOf(LocalDate day) {
        return LocalDateTime.ofInstant(day.atStartOfDay(clock.getZone()).toInstant(), ZoneOffset.UTC);
    }
}
