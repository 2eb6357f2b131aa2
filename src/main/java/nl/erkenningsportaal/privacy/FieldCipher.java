package nl.erkenningsportaal.privacy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Authenticated encryption of identity fields (AES-256-GCM) with the key outside the database and the key id
 * stored with every value, and keyed hashes (HMAC-SHA256, a separate key) for searching without plaintext.
 *
 * <p>A stored value looks like {@code v1.<keyId>.<base64(iv | ciphertext | tag)>}. The {@code context} (for
 * example {@code "request.legal_name"}) is bound to the value as associated data, so a value copied into another
 * column does not decrypt.
 */
@Component
public class FieldCipher {

    static final String VERSION = "v1";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final Logger log = LoggerFactory.getLogger(FieldCipher.class);

    private final SecureRandom random = new SecureRandom();
    private final Map<String, SecretKey> identityKeys;
    private final String currentKeyId;
    private final SecretKey blindIndexKey;

    FieldCipher(CryptoSettings settings) {
        Map<String, SecretKey> keys = new LinkedHashMap<>();
        String configured = settings.identityKeys();
        if (configured != null && !configured.isBlank()) {
            for (String entry : configured.split(",")) {
                String[] parts = entry.strip().split(":", 2);
                if (parts.length != 2) {
                    throw new IllegalStateException("portal.crypto.identity-keys must be id:base64[,id:base64]");
                }
                keys.put(parts[0], aesKey(Base64.getDecoder().decode(parts[1])));
            }
        } else {
            keys.put("local1", aesKey(localKey(settings.keyDir(), "identity-local1.key")));
        }
        this.identityKeys = Map.copyOf(keys);
        this.currentKeyId = keys.keySet().iterator().next();
        String blind = settings.blindIndexKey();
        byte[] blindBytes = blind != null && !blind.isBlank() ? Base64.getDecoder().decode(blind)
                : localKey(settings.keyDir(), "blind-index.key");
        if (blindBytes.length < 32) {
            throw new IllegalStateException("portal.crypto.blind-index-key must be at least 32 bytes");
        }
        this.blindIndexKey = new SecretKeySpec(blindBytes, "HmacSHA256");
    }

    /** Encrypts with the current key. */
    public String encrypt(String plaintext, String context) {
        try {
            byte[] iv = new byte[IV_BYTES];
            random.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, identityKeys.get(currentKeyId), new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            byte[] out = ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array();
            return VERSION + "." + currentKeyId + "." + Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("encryption failed", e);
        }
    }

    /** Decrypts a value written by {@link #encrypt}; fails when it was altered or belongs to another context. */
    public String decrypt(String stored, String context) {
        String[] parts = stored.split("\\.", 3);
        if (parts.length != 3 || !VERSION.equals(parts[0])) {
            throw new IllegalArgumentException("not an encrypted value");
        }
        SecretKey key = identityKeys.get(parts[1]);
        if (key == null) {
            throw new IllegalStateException("unknown key id " + parts[1]);
        }
        try {
            byte[] in = Base64.getDecoder().decode(parts[2]);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, in, 0, IV_BYTES));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            return new String(cipher.doFinal(in, IV_BYTES, in.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("decryption failed (altered value, wrong key or wrong context)", e);
        }
    }

    /** Whether {@code stored} is a value this cipher wrote for {@code context} (not plaintext, not altered). */
    public boolean isEncrypted(String stored, String context) {
        if (!stored.startsWith(VERSION + ".")) {
            return false;
        }
        try {
            decrypt(stored, context);
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** The id of the key that encrypts new values. */
    public String currentKeyId() {
        return currentKeyId;
    }

    /** The key id a stored value was encrypted with (for re-encryption after a rotation). */
    public static String keyIdOf(String stored) {
        String[] parts = stored.split("\\.", 3);
        return parts.length == 3 ? parts[1] : "";
    }

    /** A keyed hash of an already normalised value, for equality search without plaintext. */
    public String blindIndex(String purpose, String normalised) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(blindIndexKey);
            mac.update(purpose.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return HexFormat.of().formatHex(mac.doFinal(normalised.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static SecretKey aesKey(byte[] bytes) {
        if (bytes.length != 32) {
            throw new IllegalStateException("an identity key must be 32 bytes (AES-256)");
        }
        return new SecretKeySpec(bytes, "AES");
    }

    /** Reads a local key file, creating it (owner read/write only) on first start. */
    private byte[] localKey(Path dir, String name) {
        Path file = dir.resolve(name);
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(dir);
                byte[] key = new byte[32];
                random.nextBytes(key);
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
