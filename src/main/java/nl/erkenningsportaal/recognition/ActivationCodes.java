package nl.erkenningsportaal.recognition;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import nl.erkenningsportaal.platform.Refusal;
import nl.erkenningsportaal.privacy.FieldCipher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One-time activation codes for workers recognised at the door: 12 random characters, stored only as a SHA-256
 * hash, valid for 30 days, used once. Failed attempts are counted per source address (kept as a keyed hash) and
 * more than {@link #MAX_FAILURES} in {@link #WINDOW} are refused.
 */
@Component
class ActivationCodes {

    static final Duration VALIDITY = Duration.ofDays(30);
    static final Duration WINDOW = Duration.ofMinutes(15);
    static final int MAX_FAILURES = 10;

    private final SecureRandom random = new SecureRandom();
    private final JdbcTemplate jdbc;
    private final FieldCipher cipher;
    private final Clock clock;
    private final TransactionTemplate separateTransaction;

    ActivationCodes(JdbcTemplate jdbc, FieldCipher cipher, Clock clock, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.clock = clock;
        this.separateTransaction = new TransactionTemplate(transactions);
        this.separateTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** A new code for a request; any earlier unused code of that request stops working. */
    String issue(long requestId) {
        jdbc.update("UPDATE activation_code SET used_at = ? WHERE request_id = ? AND used_at IS NULL",
                RequestLog.utc(clock.instant()), requestId);
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            code.append(RecognitionNumber.ALPHABET.charAt(random.nextInt(RecognitionNumber.ALPHABET.length())));
        }
        String c = code.toString();
        jdbc.update("INSERT INTO activation_code (request_id, code_hash, expires_at) VALUES (?, ?, ?)", requestId,
                hash(c), RequestLog.utc(expiry()));
        return c.substring(0, 4) + "-" + c.substring(4, 8) + "-" + c.substring(8);
    }

    Instant expiry() {
        return clock.instant().plus(VALIDITY);
    }

    /** Checks the rate limit, then uses the code once: the request id it belongs to, or a refusal. */
    long redeem(String typed, String source) {
        String sourceHash = cipher.blindIndex("activation-source", source);
        Instant now = clock.instant();
        Integer failures = jdbc.queryForObject("SELECT COUNT(*) FROM activation_attempt WHERE source_hash = ? "
                + "AND attempted_at > ?", Integer.class, sourceHash, RequestLog.utc(now.minus(WINDOW)));
        if (failures != null && failures >= MAX_FAILURES) {
            throw new Refusal("recognition.error.too-many-attempts");
        }
        String code = typed.toUpperCase(Locale.ROOT).replaceAll("[\\s\\-]", "");
        Optional<Long> requestId = jdbc.query("SELECT id, request_id FROM activation_code WHERE code_hash = ? "
                + "AND used_at IS NULL AND expires_at > ? FOR UPDATE", (rs, i) -> new long[] {rs.getLong(1),
                rs.getLong(2)}, hash(code), RequestLog.utc(now)).stream().findFirst().map(row -> {
                    jdbc.update("UPDATE activation_code SET used_at = ? WHERE id = ?", RequestLog.utc(now), row[0]);
                    return row[1];
                });
        if (requestId.isEmpty()) {
            // recorded in its own transaction: the refusal below rolls the caller's back
            separateTransaction.executeWithoutResult(s -> jdbc.update(
                    "INSERT INTO activation_attempt (source_hash, attempted_at) VALUES (?, ?)", sourceHash,
                    RequestLog.utc(now)));
            throw new Refusal("recognition.error.activation-code");
        }
        return requestId.get();
    }

    static String hash(String code) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(code.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
