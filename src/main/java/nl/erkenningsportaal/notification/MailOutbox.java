package nl.erkenningsportaal.notification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The mail outbox table, and the only place that holds its SQL ({@link JdbcClient}, named parameters, rows read by
 * column name). Queuing happens inside the caller's transaction (so a mail exists exactly when the business
 * change does); claiming happens in a short transaction of its own with {@code SELECT ... FOR UPDATE SKIP LOCKED}, so
 * several application nodes can poll at once and never take the same mail. Instants are UTC.
 */
@Component
class MailOutbox {

    /** One claimed mail: everything the sender needs except the address, which it resolves itself. */
    record Claimed(long id, long accountId, MailTemplate template, String language, List<String> arguments,
            @Nullable String municipalityId, @Nullable String calendar, boolean toUnconfirmed, int attempts) {}

    static final int ERROR_MAX = 200;

    private final JdbcClient jdbc;
    private final TransactionTemplate claimTransaction;
    private final Clock clock;
    private final MailSettings settings;
    private volatile Runnable onQueued = () -> {};

    MailOutbox(JdbcClient jdbc, PlatformTransactionManager transactions, Clock clock, MailSettings settings) {
        this.jdbc = jdbc;
        this.claimTransaction = new TransactionTemplate(transactions);
        // READ COMMITTED: the locking read locks only the rows it returns, not every row it looked at
        this.claimTransaction.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
        this.claimTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
        this.settings = settings;
    }

    void queue(long accountId, MailTemplate template, Locale language, List<String> arguments,
            @Nullable String municipalityId, @Nullable String calendar, boolean toUnconfirmed) {
        LocalDateTime now = utc(clock.instant());
        jdbc.sql("""
                INSERT INTO notification_mail (account_id, template, language, arguments, municipality_id, calendar,
                    to_unconfirmed, status, attempts, next_attempt_at, created_at)
                VALUES (:account, :template, :language, :arguments, :municipality, :calendar, :toUnconfirmed,
                    'QUEUED', 0, :now, :now)""")
                .param("account", accountId).param("template", template.name())
                .param("language", language.getLanguage()).param("arguments", MessageArguments.toJson(arguments))
                .param("municipality", municipalityId).param("calendar", calendar)
                .param("toUnconfirmed", toUnconfirmed).param("now", now)
                .update();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    onQueued.run();
                }
            });
        } else {
            onQueued.run();
        }
    }

    /** Called after a transaction that queued mail commits (the sender wakes up instead of waiting to poll). */
    void whenQueued(Runnable callback) {
        this.onQueued = callback;
    }

    /** Takes up to {@code max} due mails for {@code node}: status SENDING with a lease, one attempt more. */
    List<Claimed> claim(String node, int max) {
        return claimTransaction.execute(tx -> {
            Instant now = clock.instant();
            List<Long> ids = jdbc.sql("""
                    SELECT id FROM notification_mail
                    WHERE (status = 'QUEUED' AND next_attempt_at <= :now) OR (status = 'SENDING' AND lease_until < :now)
                    ORDER BY next_attempt_at, id
                    LIMIT :max
                    FOR UPDATE SKIP LOCKED""")
                    .param("now", utc(now)).param("max", max).query(Long.class).list();
            if (ids.isEmpty()) {
                return List.of();
            }
            jdbc.sql("UPDATE notification_mail SET status = 'SENDING', attempts = attempts + 1, "
                    + "lease_until = :leaseUntil, claimed_by = :node WHERE id IN (:ids)")
                    .param("leaseUntil", utc(now.plus(settings.lease()))).param("node", node).param("ids", ids)
                    .update();
            return jdbc.sql("SELECT id, account_id, template, language, arguments, municipality_id, calendar, "
                    + "to_unconfirmed, attempts FROM notification_mail WHERE id IN (:ids) ORDER BY id")
                    .param("ids", ids)
                    .query((rs, i) -> new Claimed(rs.getLong("id"), rs.getLong("account_id"),
                            MailTemplate.valueOf(rs.getString("template")), rs.getString("language"),
                            MessageArguments.fromJson(rs.getString("arguments")), rs.getString("municipality_id"),
                            rs.getString("calendar"), rs.getBoolean("to_unconfirmed"), rs.getInt("attempts")))
                    .list();
        });
    }

    /** Marks mails sent, those this node still holds; returns how many. */
    int sent(List<Long> ids, String node) {
        if (ids.isEmpty()) {
            return 0;
        }
        return jdbc.sql("UPDATE notification_mail SET status = 'SENT', sent_at = :now, lease_until = NULL, "
                + "last_error = NULL WHERE id IN (:ids) AND status = 'SENDING' AND claimed_by = :node")
                .param("now", utc(clock.instant())).param("ids", ids).param("node", node).update();
    }

    /** After a failed attempt: again later with back-off, or dead once the attempts are used up (or no retry helps). */
    void failed(long id, String node, int attempts, String error, boolean permanent) {
        String safeError = error.length() > ERROR_MAX ? error.substring(0, ERROR_MAX) : error;
        if (permanent || attempts >= settings.maxAttempts()) {
            jdbc.sql("UPDATE notification_mail SET status = 'DEAD', lease_until = NULL, last_error = :error "
                    + "WHERE id = :id AND claimed_by = :node AND status = 'SENDING'")
                    .param("error", safeError).param("id", id).param("node", node).update();
        } else {
            Instant next = clock.instant().plus(settings.retryDelay(attempts));
            jdbc.sql("UPDATE notification_mail SET status = 'QUEUED', lease_until = NULL, next_attempt_at = :next, "
                    + "last_error = :error WHERE id = :id AND claimed_by = :node AND status = 'SENDING'")
                    .param("next", utc(next)).param("error", safeError).param("id", id).param("node", node).update();
        }
    }

    /** Puts a dead or waiting mail back at the front of the queue with fresh attempts. */
    boolean retry(long id) {
        return jdbc.sql("UPDATE notification_mail SET status = 'QUEUED', attempts = 0, next_attempt_at = :now, "
                + "lease_until = NULL WHERE id = :id AND status IN ('DEAD', 'QUEUED')")
                .param("now", utc(clock.instant())).param("id", id).update() == 1;
    }

    List<OutboxMail> unsent(int limit) {
        return jdbc.sql("""
                SELECT id, account_id, template, language, status, attempts, next_attempt_at, last_error, created_at
                FROM notification_mail WHERE status IN ('QUEUED', 'SENDING', 'DEAD')
                ORDER BY FIELD(status, 'DEAD', 'SENDING', 'QUEUED'), created_at DESC, id DESC LIMIT :limit""")
                .param("limit", limit).query(MailOutbox::toOutboxMail).list();
    }

    long count(MailStatus status) {
        return jdbc.sql("SELECT COUNT(*) FROM notification_mail WHERE status = :status")
                .param("status", status.name()).query(Long.class).single();
    }

    /** The outbox by state for operations (counts only), and since when the longest-waiting mail due now waits. */
    record Depth(long queued, long sending, long dead, @Nullable LocalDateTime oldestDue) {}

    Depth depth(Instant now) {
        return jdbc.sql("""
                SELECT COALESCE(SUM(status = 'QUEUED'), 0) AS queued,
                       COALESCE(SUM(status = 'SENDING'), 0) AS sending, COALESCE(SUM(status = 'DEAD'), 0) AS dead,
                       MIN(CASE WHEN status = 'QUEUED' AND next_attempt_at <= :now THEN next_attempt_at END)
                           AS oldest_due
                FROM notification_mail WHERE status <> 'SENT'""")
                .param("now", utc(now))
                .query(Depth.class).single();
    }

    /** The account's mails as stored (no address, no text), for the worker's data export. */
    List<Map<String, Object>> rowsOf(long accountId) {
        return jdbc.sql("SELECT template, language, status, attempts, created_at, sent_at FROM notification_mail "
                + "WHERE account_id = :account ORDER BY created_at")
                .param("account", accountId).query().listOfRows();
    }

    void eraseAccount(long accountId) {
        jdbc.sql("DELETE FROM notification_mail WHERE account_id = :account").param("account", accountId).update();
    }

    private static OutboxMail toOutboxMail(ResultSet rs, int row) throws SQLException {
        return new OutboxMail(rs.getLong("id"), rs.getLong("account_id"), MailTemplate.valueOf(rs.getString("template")),
                rs.getString("language"), MailStatus.valueOf(rs.getString("status")), rs.getInt("attempts"),
                instant(rs, "next_attempt_at"), rs.getString("last_error"), instant(rs, "created_at"));
    }

    static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        LocalDateTime value = rs.getObject(column, LocalDateTime.class);
        return value == null ? Instant.EPOCH : value.toInstant(ZoneOffset.UTC);
    }

    // ---- retention

    /** Deletes at most {@code batch} mails sent before {@code beforeUtc}; returns how many. */
    int forgetSentBefore(LocalDateTime beforeUtc, int batch) {
        return jdbc.sql("DELETE FROM notification_mail WHERE status = 'SENT' AND sent_at < :before LIMIT :batch")
                .param("before", beforeUtc).param("batch", batch).update();
    }

    /** Deletes at most {@code batch} undeliverable mails queued before {@code beforeUtc}; returns how many. */
    int forgetDeadBefore(LocalDateTime beforeUtc, int batch) {
        return jdbc.sql("DELETE FROM notification_mail WHERE status = 'DEAD' AND created_at < :before LIMIT :batch")
                .param("before", beforeUtc).param("batch", batch).update();
    }
}
