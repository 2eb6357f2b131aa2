package nl.erkenningsportaal.recognition;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Optional;
import nl.erkenningsportaal.platform.Refusal;
import nl.erkenningsportaal.privacy.FieldCipher;
import org.apache.commons.codec.digest.DigestUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One-time activation codes for workers recognised at the door: 12 random characters, stored only as a SHA-256
 * hash, valid for 30 days, used once. Failed attempts are counted per source address (kept as a keyed hash) and
 * more than {@link #MAX_FAILURES} in {@link #WINDOW} are refused. Holds the SQL of {@code activation_code} and
 * {@code activation_attempt} (JdbcClient, named parameters).
 */
@Component
class ActivationCodes {

    static final Duration VALIDITY = Duration.ofDays(30);
    static final Duration WINDOW = Duration.ofMinutes(15);
    static final int MAX_FAILURES = 10;

    private final SecureRandom random = new SecureRandom();
    private final JdbcClient jdbc;
    private final FieldCipher cipher;
    private final Clock clock;
    private final TransactionTemplate separateTransaction;

    ActivationCodes(JdbcClient jdbc, FieldCipher cipher, Clock clock, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.clock = clock;
        this.separateTransaction = new TransactionTemplate(transactions);
        this.separateTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** A new code for a request; any earlier unused code of that request stops working. */
    String issue(long requestId) {
        jdbc.sql("UPDATE activation_code SET used_at = :now WHERE request_id = :request AND used_at IS NULL")
                .param("now", RequestLog.utc(clock.instant())).param("request", requestId).update();
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            code.append(RecognitionNumber.ALPHABET.charAt(random.nextInt(RecognitionNumber.ALPHABET.length())));
        }
        String c = code.toString();
        jdbc.sql("INSERT INTO activation_code (request_id, code_hash, expires_at) VALUES (:request, :hash, :expires)")
                .param("request", requestId).param("hash", hash(c)).param("expires", RequestLog.utc(expiry()))
                .update();
        return c.substring(0, 4) + "-" + c.substring(4, 8) + "-" + c.substring(8);
    }

    Instant expiry() {
        return clock.instant().plus(VALIDITY);
    }

    /** Checks the rate limit, then uses the code once: the request id it belongs to, or a refusal. */
    long redeem(String typed, String source) {
        String sourceHash = cipher.blindIndex("activation-source", source);
        Instant now = clock.instant();
        int failures = jdbc.sql("SELECT COUNT(*) FROM activation_attempt WHERE source_hash = :source "
                + "AND attempted_at > :since")
                .param("source", sourceHash).param("since", RequestLog.utc(now.minus(WINDOW)))
                .query(Integer.class).single();
        if (failures >= MAX_FAILURES) {
            throw new Refusal("recognition.error.too-many-attempts");
        }
        String code = typed.toUpperCase(Locale.ROOT).replaceAll("[\\s\\-]", "");
        Optional<Long> requestId = jdbc.sql("SELECT id, request_id FROM activation_code WHERE code_hash = :hash "
                + "AND used_at IS NULL AND expires_at > :now FOR UPDATE")
                .param("hash", hash(code)).param("now", RequestLog.utc(now)).query(Code.class).optional()
                .map(row -> {
                    jdbc.sql("UPDATE activation_code SET used_at = :now WHERE id = :id")
                            .param("now", RequestLog.utc(now)).param("id", row.id()).update();
                    return row.requestId();
                });
        if (requestId.isEmpty()) {
            // recorded in its own transaction: the refusal below rolls the caller's back
            separateTransaction.executeWithoutResult(s -> jdbc.sql(
                    "INSERT INTO activation_attempt (source_hash, attempted_at) VALUES (:source, :at)")
                    .param("source", sourceHash).param("at", RequestLog.utc(now)).update());
            throw new Refusal("recognition.error.activation-code");
        }
        return requestId.get();
    }

    private record Code(long id, long requestId) {}

    /** Deletes at most {@code batch} codes used or expired before {@code beforeUtc}; returns how many. */
    int forgetCodes(LocalDateTime beforeUtc, int batch) {
        return jdbc.sql("DELETE FROM activation_code WHERE (used_at IS NOT NULL AND used_at < :before) "
                + "OR expires_at < :before LIMIT :batch")
                .param("before", beforeUtc).param("batch", batch).update();
    }

    /** Deletes at most {@code batch} failed attempts before {@code beforeUtc}; returns how many. */
    int forgetAttempts(LocalDateTime beforeUtc, int batch) {
        return jdbc.sql("DELETE FROM activation_attempt WHERE attempted_at < :before LIMIT :batch")
                .param("before", beforeUtc).param("batch", batch).update();
    }

    static String hash(String code) {
        return DigestUtils.sha256Hex(code);
    }
}
