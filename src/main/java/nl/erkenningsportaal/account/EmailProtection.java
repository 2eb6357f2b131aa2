package nl.erkenningsportaal.account;

import java.util.Locale;
import nl.erkenningsportaal.privacy.FieldCipher;
import org.springframework.stereotype.Component;

/**
 * How an e-mail address is kept on the account: encrypted at rest with the privacy module's {@link FieldCipher}
 * (AES-GCM, the key outside the database, bound to the column by its context), and found by a keyed blind index
 * (HMAC) for the password reset, never by plaintext. The address is normalised (trimmed, lower case) first.
 */
@Component
class EmailProtection {

    static final String CONTEXT = "user_account.email";

    private final FieldCipher cipher;

    EmailProtection(FieldCipher cipher) {
        this.cipher = cipher;
    }

    static String normalise(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    String seal(String normalisedEmail) {
        return cipher.encrypt(normalisedEmail, CONTEXT);
    }

    String open(String stored) {
        return cipher.decrypt(stored, CONTEXT);
    }

    String lookup(String normalisedEmail) {
        return cipher.blindIndex(CONTEXT, normalisedEmail);
    }
}
