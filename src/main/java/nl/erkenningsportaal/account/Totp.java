package nl.erkenningsportaal.account;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Locale;
import java.util.OptionalLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.apache.commons.codec.binary.Base32;

/**
 * Time-based one-time passwords (RFC 6238 on HOTP, RFC 4226): HMAC-SHA1 from javax.crypto, 30-second steps, 6
 * digits, with one step of clock drift accepted either way. Secrets are exchanged as Base32 (RFC 4648, commons-codec)
 * without padding, as authenticator apps expect.
 */
public final class Totp {

    public static final int DIGITS = 6;
    public static final long STEP_SECONDS = 30;
    /** Steps accepted before and after the current one. */
    static final int WINDOW = 1;
    static final int SECRET_BYTES = 20;

    private static final Base32 BASE32 = new Base32();
    private static final SecureRandom RANDOM = new SecureRandom();

    private Totp() {}

    static byte[] newSecret() {
        byte[] secret = new byte[SECRET_BYTES];
        RANDOM.nextBytes(secret);
        return secret;
    }

    /** The time step an instant falls in (T = floor(unix time / 30)). */
    public static long step(Instant at) {
        return Math.floorDiv(at.getEpochSecond(), STEP_SECONDS);
    }

    /** The HOTP value of {@code key} at counter {@code step}, zero-padded to {@code digits}. */
    public static String code(byte[] key, long step, int digits) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(key, "HmacSHA1"));
            byte[] hash = mac.doFinal(ByteBuffer.allocate(8).putLong(step).array());
            int offset = hash[hash.length - 1] & 0x0f;
            int binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16)
                    | ((hash[offset + 2] & 0xff) << 8) | (hash[offset + 3] & 0xff);
            long modulo = 1;
            for (int i = 0; i < digits; i++) {
                modulo *= 10;
            }
            String value = Long.toString(binary % modulo);
            return "0".repeat(digits - value.length()) + value;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The 6-digit code for a Base32 secret at a moment (for the demo and tests). */
    public static String codeAt(String base32Secret, Instant at) {
        return code(base32Decode(base32Secret), step(at), DIGITS);
    }

    /**
     * The time step whose code matches, looking one step back and forward, and only at steps after
     * {@code lastUsedStep} (a code, or an older one, is never accepted twice).
     */
    static OptionalLong matchingStep(byte[] key, String candidate, Instant now, long lastUsedStep) {
        String code = candidate.replaceAll("\\s", "");
        if (code.length() != DIGITS || !code.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return OptionalLong.empty();
        }
        long current = step(now);
        OptionalLong match = OptionalLong.empty();
        for (long s = current - WINDOW; s <= current + WINDOW; s++) {
            boolean equal = MessageDigest.isEqual(code(key, s, DIGITS).getBytes(), code.getBytes());
            if (equal && s > lastUsedStep && match.isEmpty()) {
                match = OptionalLong.of(s);
            }
        }
        return match;
    }

    /** Base32 without the padding ({@code =}) that authenticator apps leave out. */
    public static String base32Encode(byte[] data) {
        return BASE32.encodeAsString(data).replace("=", "");
    }

    /** Decodes Base32 as people type it: any case, with spaces or dashes between groups, padded or not. */
    public static byte[] base32Decode(String text) {
        String clean = text.replaceAll("[\\s=-]", "").toUpperCase(Locale.ROOT);
        if (!BASE32.isInAlphabet(clean)) {
            throw new IllegalArgumentException("not Base32");
        }
        return BASE32.decode(clean);
    }

    /** Groups of four characters, easier to type from the screen. */
    static String grouped(String base32) {
        return base32.replaceAll("(.{4})(?!$)", "$1 ");
    }
}
