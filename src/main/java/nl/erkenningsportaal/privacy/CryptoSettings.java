package nl.erkenningsportaal.privacy;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the keys come from. In production every key is given (environment variables or mounted files); for local
 * runs, when none is given, key files are created once in {@code keyDir} with owner-only permissions.
 *
 * @param identityKeys  the AES-256 keys for identity fields, as {@code id:base64,id:base64}; the first one
 *                      encrypts, all of them decrypt (key rotation)
 * @param blindIndexKey the HMAC-SHA256 key (base64) for blind indexes; its own key, never an identity key
 * @param keyDir        the folder for generated local key files
 * @param cookieKey     the HMAC-SHA256 key (base64, at least 32 bytes) that signs what the portal hands a browser to
 *                      recognise again (the device cookie of the login throttle); its own key, never one of the above
 */
@ConfigurationProperties("portal.crypto")
public record CryptoSettings(
        @Nullable String identityKeys,
        @Nullable String blindIndexKey,
        @DefaultValue("./data/keys") Path keyDir,
        @Nullable String cookieKey) {

    @ConstructorBinding
    public CryptoSettings {
    }

    /** Settings without a cookie key (a local key file is made for it). */
    public CryptoSettings(@Nullable String identityKeys, @Nullable String blindIndexKey, Path keyDir) {
        this(identityKeys, blindIndexKey, keyDir, null);
    }
}
