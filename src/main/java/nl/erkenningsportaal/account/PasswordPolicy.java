package nl.erkenningsportaal.account;

import java.security.SecureRandom;
import nl.erkenningsportaal.platform.Refusal;

/** Password length limits (one place, shared by service and form) and generation of one-time passwords. */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    private static final char[] READABLE = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private PasswordPolicy() {}

    static void check(String password) {
        if (password.length() < MIN_LENGTH || password.length() > MAX_LENGTH) {
            throw new Refusal("error.password-length", MIN_LENGTH, MAX_LENGTH);
        }
        if (password.isBlank()) {
            throw new Refusal("error.password-length", MIN_LENGTH, MAX_LENGTH);
        }
    }

    static String oneTimePassword() {
        StringBuilder sb = new StringBuilder(20);
        for (int i = 0; i < 20; i++) {
            if (i > 0 && i % 5 == 0) {
                sb.append('-');
            }
            sb.append(READABLE[RANDOM.nextInt(READABLE.length)]);
        }
        return sb.toString();
    }
}
