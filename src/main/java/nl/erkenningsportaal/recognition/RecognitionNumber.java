package nl.erkenningsportaal.recognition;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;

/**
 * The pseudonymous recognition number: eight random characters and one check character from an alphabet of 31
 * characters without look-alikes (no 0/O, 1/I/L). Random, never derived from identity or a counter.
 *
 * <p>The check character makes the weighted sum {@code Σ (i+1)·value(c_i)} over all nine positions divisible by
 * 31. Because 31 is prime and every weight lies in 1..9, a single wrong character changes the sum by
 * {@code weight·difference}, never a multiple of 31; swapping two adjacent characters changes it by
 * {@code (w_i - w_{i+1})·(a - b) = -(a - b)}, never a multiple of 31 either. So every single-character error and
 * every adjacent swap is caught ({@code RecognitionNumberTest} checks all of them on many numbers).
 */
public final class RecognitionNumber {

    public static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    static final int BASE = ALPHABET.length(); // 31, a prime
    static final int PAYLOAD = 8;
    public static final int LENGTH = PAYLOAD + 1;

    private RecognitionNumber() {}

    /** A new random number with its check character, e.g. {@code K7MQ4XZP9}. */
    public static String generate(SecureRandom random) {
        StringBuilder sb = new StringBuilder(LENGTH);
        for (int i = 0; i < PAYLOAD; i++) {
            sb.append(ALPHABET.charAt(random.nextInt(BASE)));
        }
        sb.append(checkCharacter(sb));
        return sb.toString();
    }

    static char checkCharacter(CharSequence payload) {
        int sum = 0;
        for (int i = 0; i < payload.length(); i++) {
            sum += (i + 1) * ALPHABET.indexOf(payload.charAt(i));
        }
        int weight = payload.length() + 1;
        // value such that sum + weight * value ≡ 0 (mod 31)
        int inverse = modInverse(weight);
        int value = Math.floorMod(-sum * inverse, BASE);
        return ALPHABET.charAt(value);
    }

    private static int modInverse(int a) {
        for (int x = 1; x < BASE; x++) {
            if ((a * x) % BASE == 1) {
                return x;
            }
        }
        throw new IllegalStateException();
    }

    /** True when {@code number} (already normalised) has the right length, alphabet and check character. */
    public static boolean isValid(String number) {
        if (number.length() != LENGTH) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < LENGTH; i++) {
            int v = ALPHABET.indexOf(number.charAt(i));
            if (v < 0) {
                return false;
            }
            sum += (i + 1) * v;
        }
        return sum % BASE == 0;
    }

    /** Reads what a person typed: ignores spaces, dots and dashes, accepts lower case; only a valid number. */
    public static Optional<String> parse(String typed) {
        String n = typed.toUpperCase(Locale.ROOT).replaceAll("[\\s\\-.]", "");
        return isValid(n) ? Optional.of(n) : Optional.empty();
    }

    /** Grouped for reading aloud: {@code K7M-Q4X-ZP9}. */
    public static String grouped(String number) {
        if (number.length() != LENGTH) {
            return number;
        }
        return number.substring(0, 3) + "-" + number.substring(3, 6) + "-" + number.substring(6);
    }
}
