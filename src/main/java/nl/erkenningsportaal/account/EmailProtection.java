package nl.erkenningsportaal.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * How an e-mail address is kept on the account: {@link #seal} for the stored form and {@link #lookup} for the
 * value a password reset searches on. The address is normalised (trimmed, lower case) first.
 *
 * <p>Today the address is stored as given and the lookup is a SHA-256 of it; when the privacy module's
 * {@code FieldCipher} is available this is the one place that switches to encryption and a keyed blind index.
 */
@Component
class EmailProtection {

    static String normalise(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    String seal(String normalisedEmail) {
        return normalisedEmail;
    }

    String open(String stored) {
        return stored;
    }

    String lookup(String normalisedEmail) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest(("account.email\0" + normalisedEmail).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
