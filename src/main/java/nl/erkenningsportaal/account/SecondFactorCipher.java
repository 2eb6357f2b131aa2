package nl.erkenningsportaal.account;

import nl.erkenningsportaal.privacy.FieldCipher;
import org.springframework.stereotype.Component;

/**
 * Encrypts second-factor secrets at rest with the privacy module's {@link FieldCipher} (AES-256-GCM, key outside
 * the database, key id stored for rotation). The account id is bound in as associated data, so a secret copied to
 * another account's row does not decrypt.
 */
@Component
class SecondFactorCipher {

    private final FieldCipher cipher;

    SecondFactorCipher(FieldCipher cipher) {
        this.cipher = cipher;
    }

    String encrypt(byte[] secret, long accountId) {
        return cipher.encrypt(Totp.base32Encode(secret), context(accountId));
    }

    byte[] decrypt(String stored, long accountId) {
        return Totp.base32Decode(cipher.decrypt(stored, context(accountId)));
    }

    private static String context(long accountId) {
        return "account.totp_secret:" + accountId;
    }
}
