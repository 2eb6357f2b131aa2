package nl.erkenningsportaal.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
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

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final MailLinkSettings settings;

    MailTokens(JdbcTemplate jdbc, Clock clock, MailLinkSettings settings) {
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
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    String issue(long accountId, Purpose purpose, @Nullable String emailLookup) {
        String token = newToken();
        Instant now = clock.instant();
        jdbc.update("INSERT INTO notification_token (token_hash, account_id, purpose, email_lookup, created_at, "
                + "expires_at) VALUES (?, ?, ?, ?, ?, ?)", hash(token), accountId, purpose.name(), emailLookup,
                utc(now), utc(now.plus(settings.tokenValidity())));
        return token;
    }

    /** Whether a token is still usable, without using it. */
    boolean usable(String token, Purpose purpose) {
        if (!token.matches("[0-9a-f]{64}")) {
            return false;
        }
        Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM notification_token WHERE token_hash = ? AND purpose = ? "
                + "AND used_at IS NULL AND expires_at > ?", Integer.class, hash(token), purpose.name(),
                utc(clock.instant()));
        return n != null && n == 1;
    }

    /** Uses a token up (once, atomically); empty when unknown, expired, used or for another purpose. */
    Optional<Token> use(String token, Purpose purpose) {
        if (!token.matches("[0-9a-f]{64}")) {
            return Optional.empty();
        }
        String hash = hash(token);
        int updated = jdbc.update("UPDATE notification_token SET used_at = ? WHERE token_hash = ? AND purpose = ? "
                + "AND used_at IS NULL AND expires_at > ?", utc(clock.instant()), hash, purpose.name(),
                utc(clock.instant()));
        if (updated != 1) {
            return Optional.empty();
        }
        return jdbc.query("SELECT account_id, email_lookup FROM notification_token WHERE token_hash = ?",
                (rs, i) -> new Token(rs.getLong("account_id"), rs.getString("email_lookup")), hash).stream()
                .findFirst();
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    long validHours() {
        return Math.max(1, settings.tokenValidity().toHours());
    }
}
