package nl.erkenningsportaal.recognition;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import nl.erkenningsportaal.municipality.PostcodeAreas;
import nl.erkenningsportaal.platform.FreeText;
import nl.erkenningsportaal.platform.Refusal;
import org.jspecify.annotations.Nullable;

/**
 * The service's own checks of identity input (the forms check too, but the service never trusts them). Names in
 * any script are fine; control characters, invisible formatting characters (zero-width, right-to-left overrides),
 * line breaks outside messages and notes, and over-long values are refused with a translated message.
 */
final class IdentityRules {

    static final Pattern HOUSE_NUMBER = Pattern.compile("^[1-9][0-9]{0," + (Limits.HOUSE_NUMBER_MAX - 1) + "}$");
    static final Pattern ADDITION = Pattern.compile("^[\\p{L}\\p{N} -]{1," + Limits.ADDITION_MAX + "}$");
    static final Pattern PHONE = Pattern.compile("^\\+?[0-9 ()-]{6," + Limits.PHONE_MAX + "}$");
    static final Set<String> LANGUAGES = Set.copyOf(List.of(Locale.getISOLanguages()));
    static final Set<String> COUNTRIES = Set.copyOf(List.of(Locale.getISOCountries()));

    private IdentityRules() {}

    /** Returns the identity with trimmed values and a normalised postcode, or refuses. */
    static Identity check(Identity id, LocalDate today) {
        String name = text(id.legalName(), Limits.NAME_MAX, "recognition.field.legal-name");
        if (id.dateOfBirth().isAfter(today)) {
            throw new Refusal("recognition.error.birth-in-future");
        }
        if (id.dateOfBirth().isBefore(LocalDate.of(1900, 1, 1))) {
            throw new Refusal("recognition.error.birth-impossible");
        }
        if (Period.between(id.dateOfBirth(), today).getYears() < Limits.MINIMUM_AGE) {
            throw new Refusal("recognition.error.under-18");
        }
        String nationality = id.nationality().strip().toUpperCase(Locale.ROOT);
        if (!COUNTRIES.contains(nationality)) {
            throw new Refusal("recognition.error.nationality");
        }
        String street = text(id.street(), Limits.STREET_MAX, "recognition.field.street");
        String houseNumber = id.houseNumber().strip();
        if (!HOUSE_NUMBER.matcher(houseNumber).matches()) {
            throw new Refusal("recognition.error.house-number");
        }
        String addition = optional(id.houseNumberAddition());
        if (addition != null && !ADDITION.matcher(addition).matches()) {
            throw new Refusal("recognition.error.addition", Limits.ADDITION_MAX);
        }
        String postcode = PostcodeAreas.normalise(id.postcode())
                .orElseThrow(() -> new Refusal("recognition.error.postcode"));
        String town = text(id.town(), Limits.TOWN_MAX, "recognition.field.town");
        String phone = optional(id.phone());
        if (phone != null && !PHONE.matcher(phone).matches()) {
            throw new Refusal("recognition.error.phone");
        }
        String workName = optional(id.workName());
        if (workName != null) {
            workName = text(workName, Limits.WORK_NAME_MAX, "recognition.field.work-name");
        }
        if (id.languages().isEmpty() || !LANGUAGES.containsAll(id.languages())) {
            throw new Refusal("recognition.error.languages");
        }
        return new Identity(name, id.dateOfBirth(), nationality, street, houseNumber, addition, postcode, town,
                phone, workName, List.copyOf(id.languages()), id.preferredContact());
    }

    /** A required one-line text: trimmed, 1..max characters, no line break, control or invisible formatting character. */
    static String text(@Nullable String value, int max, String fieldKey) {
        return check(value, max, fieldKey, false);
    }

    /** A required text of one or more lines (a message or a note from a text area). */
    static String lines(@Nullable String value, int max, String fieldKey) {
        return check(value, max, fieldKey, true);
    }

    private static String check(@Nullable String value, int max, String fieldKey, boolean multiLine) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty()) {
            throw new Refusal("recognition.error.required", fieldKey);
        }
        if (v.codePointCount(0, v.length()) > max) {
            throw new Refusal("recognition.error.too-long", fieldKey, max);
        }
        if (FreeText.holdsForbidden(v, multiLine)) {
            throw new Refusal("recognition.error.invisible-characters", fieldKey);
        }
        return v;
    }

    static @Nullable String optional(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
