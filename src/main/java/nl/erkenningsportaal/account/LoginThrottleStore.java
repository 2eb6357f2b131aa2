package nl.erkenningsportaal.account;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import nl.erkenningsportaal.privacy.FieldCipher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The login throttle's counts in MariaDB ({@code login_throttle}), so that every node sees every failure. A row's key
 * is a keyed hash of what it counts ({@link #key}): the table never holds a user name, an address or a device
 * cookie. Writes run in a transaction of their own, so a failure is counted even when the caller's transaction
 * rolls back (a wrong second-factor code ends in a refusal that does).
 */
@Component
class LoginThrottleStore {

    enum Kind {
        /** failed logins for one account from browsers without its device cookie */
        ACCOUNT,
        /** failed logins with one valid device cookie */
        DEVICE,
        /** failed logins (without a device cookie) from one source address */
        SOURCE,
        /** failed logins without a device cookie over the whole portal, per window */
        OVERALL,
        /** failed second-factor codes (TOTP or recovery code) for one account */
        SECOND_FACTOR
    }

    /** One throttle's count: how many failures, the last one, and when the count is forgotten. */
    record Count(String throttleKey, Kind kind, int failures, Instant lastFailure, Instant expiresAt) {}

    private final JdbcClient jdbc;
    private final FieldCipher cipher;

    LoginThrottleStore(JdbcClient jdbc, FieldCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    /** The row key of a throttle: an HMAC of its kind and value (64 hex characters). */
    String key(Kind kind, String value) {
        return cipher.blindIndex("login-throttle", kind.name() + ":" + value);
    }

    /** The counts of these keys that are not yet forgotten at {@code now}. */
    List<Count> counts(Collection<String> keys, Instant now) {
        if (keys.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                SELECT throttle_key, kind, failures, last_failure, expires_at FROM login_throttle
                WHERE throttle_key IN (:keys) AND expires_at > :now""")
                .param("keys", keys)
                .param("now", utc(now))
                .query((rs, n) -> new Count(rs.getString("throttle_key"), Kind.valueOf(rs.getString("kind")),
                        rs.getInt("failures"), instant(rs.getObject("last_failure", LocalDateTime.class)),
                        instant(rs.getObject("expires_at", LocalDateTime.class))))
                .list();
    }

    /**
     * Counts a failure that is forgotten {@code forget} after the last one: a count whose time has passed starts
     * again at one. ({@code expires_at} is assigned last in the update, so every test on it reads the row's old
     * value, whichever way MariaDB's {@code SIMULTANEOUS_ASSIGNMENT} mode is set.)
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void countSliding(String key, Kind kind, Instant now, Instant forgetAt) {
        jdbc.sql("""
                INSERT INTO login_throttle (throttle_key, kind, failures, last_failure, expires_at)
                VALUES (:key, :kind, 1, :now, :expires)
                ON DUPLICATE KEY UPDATE failures = IF(expires_at > :now, failures + 1, 1), last_failure = :now,
                    expires_at = :expires""")
                .param("key", key)
                .param("kind", kind.name())
                .param("now", utc(now))
                .param("expires", utc(forgetAt))
                .update();
    }

    /** Counts a failure in a fixed window that starts with the first failure after the previous window ended. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void countInWindow(String key, Kind kind, Instant now, Instant windowEnd) {
        jdbc.sql("""
                INSERT INTO login_throttle (throttle_key, kind, failures, last_failure, expires_at)
                VALUES (:key, :kind, 1, :now, :windowEnd)
                ON DUPLICATE KEY UPDATE failures = IF(expires_at > :now, failures + 1, 1), last_failure = :now,
                    expires_at = IF(expires_at > :now, expires_at, :windowEnd)""")
                .param("key", key)
                .param("kind", kind.name())
                .param("now", utc(now))
                .param("windowEnd", utc(windowEnd))
                .update();
    }

    /** Forgets one throttle's failures (a correct login with its device cookie, a correct second-factor code). */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void forget(String key) {
        jdbc.sql("DELETE FROM login_throttle WHERE throttle_key = :key").param("key", key).update();
    }

    /** Deletes the rows whose failures are forgotten; returns how many. */
    @Transactional
    public int deleteExpired(Instant now) {
        return jdbc.sql("DELETE FROM login_throttle WHERE expires_at <= :now").param("now", utc(now)).update();
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Instant instant(LocalDateTime utc) {
        return utc.toInstant(ZoneOffset.UTC);
    }
}
