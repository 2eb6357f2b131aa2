package nl.erkenningsportaal.privacy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Signs values the portal hands to a browser and must recognise again unaltered, such as the device cookie of the
 * login throttle: HMAC-SHA256 with a key of its own ({@code portal.crypto.cookie-key}), never an identity or
 * blind-index key. A signature is bound to its {@code purpose}, so one signed for one use does not verify for
 * another. For local runs without a configured key a key file is created once, like the other local keys; the
 * production profile refuses to start without a configured one.
 */
@Component
public class CookieSigner {

    private static final Logger log = LoggerFactory.getLogger(CookieSigner.class);
    private static final Base64.Encoder URL = Base64.getUrlEncoder().withoutPadding();

    private final SecretKey key;

    CookieSigner(CryptoSettings settings) {
        String configured = settings.cookieKey();
        byte[] bytes = configured != null && !configured.isBlank() ? Base64.getDecoder().decode(configured.strip())
                : localKey(settings.keyDir(), "cookie.key");
        if (bytes.length < 32) {
            throw new IllegalStateException("portal.crypto.cookie-key must be at least 32 bytes");
        }
        this.key = new SecretKeySpec(bytes, "HmacSHA256");
    }

    /** The signature of {@code value} for {@code purpose}, URL-safe base64 without padding (fits in a cookie). */
    public String sign(String purpose, String value) {
        return URL.encodeToString(mac(purpose, value));
    }

    /** Whether {@code signature} is this portal's signature of {@code value} for {@code purpose} (constant time). */
    public boolean verify(String purpose, String value, String signature) {
        byte[] given;
        try {
            given = Base64.getUrlDecoder().decode(signature);
        } catch (IllegalArgumentException e) {
            return false;
        }
        return MessageDigest.isEqual(mac(purpose, value), given);
    }

    private byte[] mac(String purpose, String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(purpose.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return mac.doFinal(value.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Reads a local key file, creating it (owner read/write only) on first start. */
    private static byte[] localKey(Path dir, String name) {
        Path file = dir.resolve(name);
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(dir);
                byte[] key = new byte[32];
                new SecureRandom().nextBytes(key);
                try {
                    Files.createFile(file, PosixFilePermissions.asFileAttribute(
                            PosixFilePermissions.fromString("rw-------")));
                    Files.write(file, Base64.getEncoder().encode(key));
                    log.info("Created a local key file {} (local runs only; production passes keys in)", name);
                } catch (FileAlreadyExistsException raced) {
                    // another node of this machine created it first
                }
            }
            return Base64.getDecoder().decode(Files.readString(file).strip());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
