package nl.erkenningsportaal.recognition;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The reference a worker can quote on the phone for her request (issue 23): {@code A-1234-5}, the request's number
 * and a Luhn check digit, so that a digit misheard or two digits swapped are noticed instead of finding someone
 * else's request. It is not a secret and opens nothing by itself: an officer finds a request only within her own
 * municipality. Unlike the recognition number it is not random; it tells no more than roughly how many requests came
 * before hers.
 */
public final class RequestReference {

    private static final Pattern FORMAT = Pattern.compile("\\s*A?\\s*-?\\s*(\\d{1,12})\\s*-?\\s*(\\d)\\s*",
            Pattern.CASE_INSENSITIVE);

    private RequestReference() {}

    /** The reference of request {@code id}, e.g. {@code A-1234-5}. */
    public static String of(long id) {
        String digits = Long.toString(id);
        return "A-" + digits + "-" + checkDigit(digits);
    }

    /** The request a typed reference names, when its check digit agrees. */
    public static Optional<Long> parse(String text) {
        Matcher m = FORMAT.matcher(text);
        if (!m.matches() || checkDigit(m.group(1)) != m.group(2).charAt(0) - '0') {
            return Optional.empty();
        }
        return Optional.of(Long.parseLong(m.group(1)));
    }

    /** Luhn: catches every single wrong digit and almost every swap of two neighbours. */
    static int checkDigit(String digits) {
        int sum = 0;
        boolean twice = true;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (twice) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            twice = !twice;
        }
        return (10 - sum % 10) % 10;
    }
}
