package nl.erkenningsportaal.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import nl.erkenningsportaal.platform.Refusal;

/**
 * Password rules (one place, shared by service and form): 12 to 128 characters, any characters (pasting is
 * allowed), not one of the 30,000 most common passwords (security/common-passwords.txt, zxcvbn's list under the MIT
 * licence; also with common endings such as digits or an exclamation mark taken off), and not the user name. Also
 * generates one-time passwords.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;
    static final String COMMON_LIST = "/security/common-passwords.txt";

    private static final char[] READABLE = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Set<String> COMMON = load();

    private PasswordPolicy() {}

    static void check(String password) {
        check(password, "");
    }

    static void check(String password, String username) {
        if (password.length() < MIN_LENGTH || password.length() > MAX_LENGTH || password.isBlank()) {
            throw new Refusal("error.password-length", MIN_LENGTH, MAX_LENGTH);
        }
        if (isCommon(password) || (!username.isEmpty() && password.strip().equalsIgnoreCase(username))) {
            throw new Refusal("security.error.password-common");
        }
    }

    /** True for a password on the list of common ones, also when only digits or punctuation were added to one. */
    public static boolean isCommon(String password) {
        String p = password.strip().toLowerCase(Locale.ROOT);
        if (COMMON.contains(p)) {
            return true;
        }
        String core = p.replaceAll("[\\d\\p{Punct}\\s]+$", "").replaceAll("^[\\d\\p{Punct}\\s]+", "");
        if (core.length() >= 4 && COMMON.contains(core)) {
            return true;
        }
        // the same word or run repeated ("welkomwelkomwelkom", "abcabcabcabc")
        for (int len = 1; len <= p.length() / 2; len++) {
            if (p.length() % len == 0 && p.equals(p.substring(0, len).repeat(p.length() / len))) {
                return true;
            }
        }
        return false;
    }

    static int commonListSize() {
        return COMMON.size();
    }

    private static Set<String> load() {
        Set<String> words = new HashSet<>(32_000);
        try (InputStream in = PasswordPolicy.class.getResourceAsStream(COMMON_LIST)) {
            if (in == null) {
                throw new IllegalStateException(COMMON_LIST + " is missing");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null;) {
                String word = line.strip();
                if (!word.isEmpty() && !word.startsWith("#")) {
                    words.add(word.toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
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
