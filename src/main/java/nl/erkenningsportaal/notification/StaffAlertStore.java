package nl.erkenningsportaal.notification;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The SQL of the staff alerts ({@code staff_alert}) and of each staff member's choices ({@code staff_alert_choice}):
 * {@link JdbcClient}, named parameters, rows by column name. Instants are stored in UTC.
 */
@Component
class StaffAlertStore {

    private final JdbcClient jdbc;

    StaffAlertStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private record Row(long id, String kind, String subjectType, long subjectId, @Nullable String municipalityId,
            LocalDateTime createdAt, @Nullable LocalDateTime readAt) {
        StaffAlert toAlert() {
            return new StaffAlert(id, AlertKind.valueOf(kind), AlertSubject.valueOf(subjectType), subjectId,
                    municipalityId, createdAt.toInstant(ZoneOffset.UTC),
                    readAt == null ? null : readAt.toInstant(ZoneOffset.UTC));
        }
    }

    /** A digest to send: whose, and how many notices it counts. */
    record Digest(long accountId, int alerts, @Nullable String municipalityId) {}

    void insert(long accountId, AlertKind kind, long subjectId, @Nullable String municipalityId, Instant at,
            boolean digestDue) {
        jdbc.sql("""
                INSERT INTO staff_alert (account_id, kind, subject_type, subject_id, municipality_id, created_at,
                    digest_due) VALUES (:account, :kind, :subjectType, :subjectId, :municipality, :at, :digest)""")
                .param("account", accountId).param("kind", kind.name()).param("subjectType", kind.subject().name())
                .param("subjectId", subjectId).param("municipality", municipalityId).param("at", utc(at))
                .param("digest", digestDue).update();
    }

    List<StaffAlert> of(long accountId, int limit) {
        return jdbc.sql("""
                SELECT id, kind, subject_type, subject_id, municipality_id, created_at, read_at FROM staff_alert
                WHERE account_id = :account ORDER BY created_at DESC, id DESC LIMIT :limit""")
                .param("account", accountId).param("limit", limit).query(Row.class).stream().map(Row::toAlert)
                .toList();
    }

    int unread(long accountId) {
        return jdbc.sql("SELECT COUNT(*) FROM staff_alert WHERE account_id = :account AND read_at IS NULL")
                .param("account", accountId).query(Integer.class).single();
    }

    /** Marks one of the account's own notices read; true when it was theirs. */
    boolean markRead(long accountId, long alertId, Instant at) {
        return jdbc.sql("UPDATE staff_alert SET read_at = COALESCE(read_at, :at) WHERE id = :id AND account_id = "
                + ":account").param("at", utc(at)).param("id", alertId).param("account", accountId).update() == 1;
    }

    int markAllRead(long accountId, Instant at) {
        return jdbc.sql("UPDATE staff_alert SET read_at = :at WHERE account_id = :account AND read_at IS NULL")
                .param("at", utc(at)).param("account", accountId).update();
    }

    Map<AlertKind, AlertDelivery> choices(long accountId) {
        Map<AlertKind, AlertDelivery> choices = new EnumMap<>(AlertKind.class);
        jdbc.sql("SELECT kind, delivery FROM staff_alert_choice WHERE account_id = :account")
                .param("account", accountId).query((rs, i) -> {
                    choices.put(AlertKind.valueOf(rs.getString("kind")), AlertDelivery.valueOf(rs.getString(
                            "delivery")));
                    return null;
                }).list();
        return choices;
    }

    void choose(long accountId, AlertKind kind, AlertDelivery delivery) {
        jdbc.sql("""
                INSERT INTO staff_alert_choice (account_id, kind, delivery) VALUES (:account, :kind, :delivery)
                ON DUPLICATE KEY UPDATE delivery = VALUES(delivery)""")
                .param("account", accountId).param("kind", kind.name()).param("delivery", delivery.name()).update();
    }

    /**
     * The digests due, one per account, with their notices locked until the caller's transaction ends (another node
     * running the same job skips them).
     */
    List<Digest> lockDigests() {
        List<long[]> rows = jdbc.sql("SELECT id, account_id FROM staff_alert WHERE digest_due ORDER BY account_id, id "
                + "FOR UPDATE SKIP LOCKED").query((rs, i) -> new long[] {rs.getLong("id"), rs.getLong("account_id")})
                .list();
        Map<Long, Integer> counts = new java.util.LinkedHashMap<>();
        rows.forEach(r -> counts.merge(r[1], 1, Integer::sum));
        return counts.entrySet().stream().map(e -> new Digest(e.getKey(), e.getValue(), municipalityOf(e.getKey())))
                .toList();
    }

    private @Nullable String municipalityOf(long accountId) {
        return jdbc.sql("SELECT municipality_id FROM staff_alert WHERE account_id = :account AND digest_due "
                + "AND municipality_id IS NOT NULL LIMIT 1").param("account", accountId).query(String.class)
                .optional().orElse(null);
    }

    void digestSent(long accountId) {
        jdbc.sql("UPDATE staff_alert SET digest_due = FALSE WHERE account_id = :account AND digest_due")
                .param("account", accountId).update();
    }

    // ---- retention

    /** Deletes at most {@code batch} notices read before {@code before}; returns how many. */
    int deleteReadBefore(LocalDateTime before, int batch) {
        return jdbc.sql("DELETE FROM staff_alert WHERE read_at < :before LIMIT :batch")
                .param("before", before).param("batch", batch).update();
    }

    /** Deletes at most {@code batch} unread notices that arrived before {@code before}; returns how many. */
    int deleteUnreadBefore(LocalDateTime before, int batch) {
        return jdbc.sql("DELETE FROM staff_alert WHERE read_at IS NULL AND created_at < :before LIMIT :batch")
                .param("before", before).param("batch", batch).update();
    }

    static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
