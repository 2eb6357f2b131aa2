package nl.erkenningsportaal.account;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The tables of recovery without e-mail: {@code password_recovery_code} (a hash of each code an officer gave, with
 * when it was given, until when it works and when it was used) and {@code password_recovery_attempt} (wrong codes per
 * source, a keyed hash of the source only). The only place that holds their SQL. Instants are UTC.
 */
@Component
class PasswordRecoveryStore {

    /** A usable code: its row and the account it recovers. */
    record Code(long id, long accountId) {}

    private final JdbcClient jdbc;

    PasswordRecoveryStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Ends every unused code of the account (a new code replaces the old one). */
    void retireUnused(long accountId, Instant now) {
        jdbc.sql("UPDATE password_recovery_code SET used_at = :now WHERE account_id = :account AND used_at IS NULL")
                .param("now", utc(now)).param("account", accountId).update();
    }

    void insert(long accountId, String codeHash, Instant issuedAt, Instant expiresAt) {
        jdbc.sql("INSERT INTO password_recovery_code (account_id, code_hash, issued_at, expires_at) "
                + "VALUES (:account, :hash, :issued, :expires)")
                .param("account", accountId).param("hash", codeHash).param("issued", utc(issuedAt))
                .param("expires", utc(expiresAt)).update();
    }

    /** The unused, unexpired code with this hash, locked until the transaction ends. */
    Optional<Code> usable(String codeHash, Instant now) {
        return jdbc.sql("""
                SELECT id, account_id FROM password_recovery_code
                WHERE code_hash = :hash AND used_at IS NULL AND expires_at > :now FOR UPDATE""")
                .param("hash", codeHash).param("now", utc(now))
                .query((rs, i) -> new Code(rs.getLong("id"), rs.getLong("account_id"))).optional();
    }

    void markUsed(long id, Instant now) {
        jdbc.sql("UPDATE password_recovery_code SET used_at = :now WHERE id = :id").param("now", utc(now))
                .param("id", id).update();
    }

    int failuresSince(String sourceHash, Instant since) {
        return jdbc.sql("SELECT COUNT(*) FROM password_recovery_attempt WHERE source_hash = :source "
                + "AND attempted_at > :since").param("source", sourceHash).param("since", utc(since))
                .query(Integer.class).single();
    }

    void recordFailure(String sourceHash, Instant at) {
        jdbc.sql("INSERT INTO password_recovery_attempt (source_hash, attempted_at) VALUES (:source, :at)")
                .param("source", sourceHash).param("at", utc(at)).update();
    }

    /** Retention: codes used or expired before {@code before}, at most {@code batch}; returns how many went. */
    int deleteCodesDoneBefore(Instant before, int batch) {
        return jdbc.sql("DELETE FROM password_recovery_code WHERE used_at < :before OR expires_at < :before "
                + "LIMIT :batch").param("before", utc(before)).param("batch", batch).update();
    }

    /** Retention: wrong attempts before {@code before}, at most {@code batch}; returns how many went. */
    int deleteAttemptsBefore(Instant before, int batch) {
        return jdbc.sql("DELETE FROM password_recovery_attempt WHERE attempted_at < :before LIMIT :batch")
                .param("before", utc(before)).param("batch", batch).update();
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
