package nl.erkenningsportaal.account;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Optional;
import org.apache.commons.codec.digest.DigestUtils;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Single-use, expiring tokens for the links in mail (confirm an address, reset a password). Only the SHA-256 of a
 * token is stored, so the table is useless to someone who reads it; a token is used up by one atomic update.
 */
@Component
class MailTokens {

    enum Purpose {
        CONFIRM_EMAIL,
        RESET_PASSWORD
    }

    record Token(long accountId, @Nullable String emailLookup) {}

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final Clock clock;
    private final MailLinkSettings settings;

    MailTokens(JdbcClient jdbc, Clock clock, MailLinkSettings settings) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.settings = settings;
    }

    /** A new random token (64 lower-case hex characters); only its hash is stored. */
    static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    static String hash(String token) {
        return DigestUtils.sha256Hex(token);
    }

    String issue(long accountId, Purpose purpose, @Nullable String emailLookup) {
        String token = newToken();
        Instant now = clock.instant();
        jdbc.sql("INSERT INTO notification_token (token_hash, account_id, purpose, email_lookup, created_at, "
                + "expires_at) VALUES (:hash, :account, :purpose, :emailLookup, :createdAt, :expiresAt)")
                .param("hash", hash(token)).param("account", accountId).param("purpose", purpose.name())
                .param("emailLookup", emailLookup).param("createdAt", utc(now))
                .param("expiresAt", utc(now.plus(settings.tokenValidity())))
                .update();
        return token;
    }

    /** Whether a token is still usable, without using it. */
    boolean usable(String token, Purpose purpose) {
        if (!token.matches("[0-9a-f]{64}")) {
            return false;
        }
        return jdbc.sql("SELECT COUNT(*) FROM notification_token WHERE token_hash = :hash AND purpose = :purpose "
                + "AND used_at IS NULL AND expires_at > :now")
                .param("hash", hash(token)).param("purpose", purpose.name()).param("now", utc(clock.instant()))
                .query(Integer.class).single() == 1;
    }

    /** Uses a token up (once, atomically); empty when unknown, expired, used or for another purpose. */
    Optional<Token> use(String token, Purpose purpose) {
        if (!token.matches("[0-9a-f]{64}")) {
            return Optional.empty();
        }
        String hash = hash(token);
        int updated = jdbc.sql("UPDATE notification_token SET used_at = :now WHERE token_hash = :hash "
                + "AND purpose = :purpose AND used_at IS NULL AND expires_at > :now")
                .param("now", utc(clock.instant())).param("hash", hash).param("purpose", purpose.name()).update();
        if (updated != 1) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT account_id, email_lookup FROM notification_token WHERE token_hash = :hash")
                .param("hash", hash).query(Token.class).optional();
    }

    /** Deletes at most {@code batch} tokens used, or expired before {@code beforeUtc}; returns how many. */
    int forgetUsedOrExpired(LocalDateTime beforeUtc, int batch) {
        return jdbc.sql("DELETE FROM notification_token WHERE used_at IS NOT NULL OR expires_at < :before LIMIT :batch")
                .param("before", beforeUtc).param("batch", batch).update();
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    long validHours() {
        return Math.max(1, settings.tokenValidity().toHours());
    }
}
