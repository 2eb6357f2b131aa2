package nl.erkenningsportaal.contact;

import java.util.Locale;
import java.util.regex.Pattern;
import nl.erkenningsportaal.platform.FreeText;
import nl.erkenningsportaal.platform.Refusal;
import org.jspecify.annotations.Nullable;

/**
 * The service's own check of a phone number or an e-mail address someone gives to be reached (the forms check too,
 * but a service never trusts them). Refusals name the field, so the form shows them there.
 */
final class ContactDetails {

    static final String PHONE_ERROR = "contact.error.phone";
    static final String EMAIL_ERROR = "contact.error.email";

    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()\\-]{6,19}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+");

    private ContactDetails() {}

    /** A phone number: 6 to 15 digits, optionally a leading +, spaces, dashes and parentheses. */
    static String phone(@Nullable String typed) {
        String v = typed == null ? "" : typed.strip();
        long digits = v.chars().filter(Character::isDigit).count();
        if (v.length() > ContactLimits.PHONE_MAX || !PHONE.matcher(v).matches() || digits < 6 || digits > 15) {
            throw new Refusal(PHONE_ERROR);
        }
        return v;
    }

    /** An e-mail address, lower-cased. */
    static String email(@Nullable String typed) {
        String v = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
        if (v.length() > ContactLimits.EMAIL_MAX || !EMAIL.matcher(v).matches() || FreeText.holdsForbidden(v, false)) {
            throw new Refusal(EMAIL_ERROR);
        }
        return v;
    }

    /** A language code the portal knows a name for (ISO 639-1, such as "pt"). */
    static String language(@Nullable String code) {
        String v = code == null ? "" : code.strip().toLowerCase(Locale.ROOT);
        if (!v.matches("[a-z]{2,3}") || !java.util.Set.of(Locale.getISOLanguages()).contains(v)) {
            throw new Refusal("contact.error.language");
        }
        return v;
    }
}
