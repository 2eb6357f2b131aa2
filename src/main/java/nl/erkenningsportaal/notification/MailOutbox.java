package nl.erkenningsportaal.notification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import nl.erkenningsportaal.privacy.FieldCipher;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The mail outbox table. Queuing happens inside the caller's transaction (so a mail exists exactly when the business
 * change does); claiming happens in a short transaction of its own with {@code SELECT ... FOR UPDATE SKIP LOCKED}, so
 * several application nodes can poll at once and never take the same mail. Instants are UTC.
 */
@Component
class MailOutbox {

    /** One claimed mail: everything the sender needs except the address, which it resolves itself. */
    record Claimed(long id, @Nullable Long accountId, @Nullable String recipient, MailTemplate template,
            String language, List<String> arguments, @Nullable String municipalityId, @Nullable String calendar,
            boolean toUnconfirmed, int attempts) {}

    /** The encryption context of {@code notification_mail.recipient_enc}. */
    static final String RECIPIENT = "notification_mail.recipient";

    static final int ERROR_MAX = 200;

    private final JdbcTemplate jdbc;
    private final FieldCipher cipher;
    private final TransactionTemplate claimTransaction;
    private final Clock clock;
    private final MailSettings settings;
    private volatile Runnable onQueued = () -> {};

    MailOutbox(JdbcTemplate jdbc, FieldCipher cipher, PlatformTransactionManager transactions, Clock clock,
            MailSettings settings) {
        this.jdbc = jdbc;
        this.cipher = cipher;
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
        jdbc.update("""
                INSERT INTO notification_mail (account_id, template, language, arguments, municipality_id, calendar,
                    to_unconfirmed, status, attempts, next_attempt_at, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, 'QUEUED', 0, ?, ?)""",
                accountId, template.name(), language.getLanguage(), MessageArguments.toJson(arguments),
                municipalityId, calendar, toUnconfirmed, now, now);
        wakeSenderAfterCommit();
    }

    /**
     * Queues a mail to an address that belongs to no account (an answer to a question asked without one): the address
     * is kept encrypted until the mail is sent, then erased.
     */
    void queueTo(String address, MailTemplate template, Locale language, List<String> arguments,
            @Nullable String municipalityId) {
        LocalDateTime now = utc(clock.instant());
        jdbc.update("""
                INSERT INTO notification_mail (account_id, recipient_enc, template, language, arguments,
                    municipality_id, to_unconfirmed, status, attempts, next_attempt_at, created_at)
                VALUES (NULL, ?, ?, ?, ?, ?, FALSE, 'QUEUED', 0, ?, ?)""",
                cipher.encrypt(address, RECIPIENT), template.name(), language.getLanguage(),
                MessageArguments.toJson(arguments), municipalityId, now, now);
        wakeSenderAfterCommit();
    }

    private void wakeSenderAfterCommit() {
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
            List<Long> ids = jdbc.queryForList("""
                    SELECT id FROM notification_mail
                    WHERE (status = 'QUEUED' AND next_attempt_at <= ?) OR (status = 'SENDING' AND lease_until < ?)
                    ORDER BY next_attempt_at, id
                    LIMIT ?
                    FOR UPDATE SKIP LOCKED""", Long.class, utc(now), utc(now), max);
            if (ids.isEmpty()) {
                return List.of();
            }
            String in = String.join(",", ids.stream().map(String::valueOf).toList());
            jdbc.update("UPDATE notification_mail SET status = 'SENDING', attempts = attempts + 1, lease_until = ?, "
                    + "claimed_by = ? WHERE id IN (" + in + ")", utc(now.plus(settings.lease())), node);
            return jdbc.query("SELECT id, account_id, recipient_enc, template, language, arguments, municipality_id, "
                    + "calendar, to_unconfirmed, attempts FROM notification_mail WHERE id IN (" + in + ") ORDER BY id",
                    (rs, i) -> new Claimed(rs.getLong("id"), rs.getObject("account_id", Long.class),
                            openRecipient(rs.getString("recipient_enc")), MailTemplate.valueOf(rs.getString("template")), rs.getString("language"),
                            MessageArguments.fromJson(rs.getString("arguments")), rs.getString("municipality_id"),
                            rs.getString("calendar"), rs.getBoolean("to_unconfirmed"), rs.getInt("attempts")));
        });
    }

    /** Marks mails sent, those this node still holds; returns how many. */
    int sent(List<Long> ids, String node) {
        if (ids.isEmpty()) {
            return 0;
        }
        String in = String.join(",", ids.stream().map(String::valueOf).toList());
        return jdbc.update("UPDATE notification_mail SET status = 'SENT', sent_at = ?, lease_until = NULL, "
                + "last_error = NULL, recipient_enc = NULL WHERE id IN (" + in + ") AND status = 'SENDING' AND claimed_by = ?",
                utc(clock.instant()), node);
    }

    /** After a failed attempt: again later with back-off, or dead once the attempts are used up (or no retry helps). */
    void failed(long id, String node, int attempts, String error, boolean permanent) {
        String safeError = error.length() > ERROR_MAX ? error.substring(0, ERROR_MAX) : error;
        if (permanent || attempts >= settings.maxAttempts()) {
            jdbc.update("UPDATE notification_mail SET status = 'DEAD', lease_until = NULL, last_error = ? "
                    + "WHERE id = ? AND claimed_by = ? AND status = 'SENDING'", safeError, id, node);
        } else {
            Instant next = clock.instant().plus(settings.retryDelay(attempts));
            jdbc.update("UPDATE notification_mail SET status = 'QUEUED', lease_until = NULL, next_attempt_at = ?, "
                    + "last_error = ? WHERE id = ? AND claimed_by = ? AND status = 'SENDING'",
                    utc(next), safeError, id, node);
        }
    }

    /** Puts a dead or waiting mail back at the front of the queue with fresh attempts. */
    boolean retry(long id) {
        return jdbc.update("UPDATE notification_mail SET status = 'QUEUED', attempts = 0, next_attempt_at = ?, "
                + "lease_until = NULL WHERE id = ? AND status IN ('DEAD', 'QUEUED')", utc(clock.instant()), id) == 1;
    }

    List<OutboxMail> unsent(int limit) {
        return jdbc.query("""
                SELECT id, account_id, template, language, status, attempts, next_attempt_at, last_error, created_at
                FROM notification_mail WHERE status IN ('QUEUED', 'SENDING', 'DEAD')
                ORDER BY FIELD(status, 'DEAD', 'SENDING', 'QUEUED'), created_at DESC, id DESC LIMIT ?""",
                MailOutbox::toOutboxMail, limit);
    }

    long count(MailStatus status) {
        Long n = jdbc.queryForObject("SELECT COUNT(*) FROM notification_mail WHERE status = ?", Long.class,
                status.name());
        return n == null ? 0 : n;
    }

    private @Nullable String openRecipient(@Nullable String sealed) {
        return sealed == null ? null : cipher.decrypt(sealed, RECIPIENT);
    }

    private static OutboxMail toOutboxMail(ResultSet rs, int row) throws SQLException {
        return new OutboxMail(rs.getLong("id"), rs.getObject("account_id", Long.class), MailTemplate.valueOf(rs.getString("template")),
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
}
