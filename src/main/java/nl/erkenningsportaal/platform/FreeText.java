package nl.erkenningsportaal.platform;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The services' own checks of free text and dates typed by staff (the forms check too, but a service never trusts
 * them). Markup is fine — it is stored as typed and always shown as text — but control characters and invisible
 * formatting characters (zero-width spaces and joiners, byte-order marks, right-to-left overrides) are refused: they
 * hide or reverse what a colleague reads. A line break is allowed only where the form has a multi-line field.
 */
public final class FreeText {

    /** The earliest and latest date any field of the portal can sensibly hold. */
    public static final LocalDate FIRST_DATE = LocalDate.of(1900, 1, 1);
    public static final LocalDate LAST_DATE = LocalDate.of(2199, 12, 31);

    private FreeText() {}

    /** The label of a field that a caller did not name ("a field"); every caller of the portal names its field. */
    static final String UNNAMED_FIELD = "error.unnamed-field";

    /** One line, 1..max characters after trimming; prefer {@link #line(String, int, String)}, which names the field. */
    public static String line(@Nullable String value, int max) {
        return check(value, max, false, UNNAMED_FIELD);
    }

    /** Several lines, 1..max characters; prefer {@link #lines(String, int, String)}, which names the field. */
    public static String lines(@Nullable String value, int max) {
        return check(value, max, true, UNNAMED_FIELD);
    }

    /**
     * One line, 1..max characters after trimming. A refusal names the field by {@code field}, the translation key of
     * its label, so the page shows it on that field and the message says which field (issue 23).
     */
    public static String line(@Nullable String value, int max, String field) {
        return check(value, max, false, field);
    }

    /** One line, or null when empty. */
    public static @Nullable String optionalLine(@Nullable String value, int max, String field) {
        return value == null || value.isBlank() ? null : check(value, max, false, field);
    }

    /** Several lines (as from a text area), 1..max characters after trimming. */
    public static String lines(@Nullable String value, int max, String field) {
        return check(value, max, true, field);
    }

    /** Several lines, or null when empty. */
    public static @Nullable String optionalLines(@Nullable String value, int max, String field) {
        return value == null || value.isBlank() ? null : check(value, max, true, field);
    }

    /** Refuses a date no one can mean (and the database cannot hold), such as year 1 or year 99999. */
    public static LocalDate plausible(LocalDate date) {
        if (date.isBefore(FIRST_DATE) || date.isAfter(LAST_DATE)) {
            throw new Refusal("error.date-impossible");
        }
        return date;
    }

    public static LocalDateTime plausible(LocalDateTime at) {
        plausible(at.toLocalDate());
        return at;
    }

    /** Control characters (a line feed only in multi-line text) and format characters such as U+200B or U+202E. */
    public static boolean forbidden(int codePoint, boolean multiLine) {
        int type = Character.getType(codePoint);
        return type == Character.FORMAT || (type == Character.CONTROL && !(multiLine && codePoint == '\n'));
    }

    /**
     * Whether {@code text} holds a forbidden character. The zero-width non-joiner and joiner (U+200C, U+200D) are
     * part of how Persian, Arabic-script, Indic and Sinhala names are spelled, so inside a word of such a script they
     * are allowed; anywhere else (at an edge, beside a space, in a Latin word) they only hide something and are
     * refused like every other format character.
     */
    public static boolean holdsForbidden(String text, boolean multiLine) {
        int[] cps = text.codePoints().toArray();
        for (int i = 0; i < cps.length; i++) {
            if (!forbidden(cps[i], multiLine)) {
                continue;
            }
            boolean joiner = cps[i] == 0x200C || cps[i] == 0x200D;
            if (!joiner || i == 0 || i == cps.length - 1 || !joinsWithin(cps[i - 1], cps[i + 1])) {
                return true;
            }
        }
        return false;
    }

    private static final Set<Character.UnicodeScript> SCRIPTS_WITH_JOINERS = EnumSet.of(
            Character.UnicodeScript.ARABIC, Character.UnicodeScript.SYRIAC, Character.UnicodeScript.DEVANAGARI,
            Character.UnicodeScript.BENGALI, Character.UnicodeScript.GURMUKHI, Character.UnicodeScript.GUJARATI,
            Character.UnicodeScript.ORIYA, Character.UnicodeScript.TAMIL, Character.UnicodeScript.TELUGU,
            Character.UnicodeScript.KANNADA, Character.UnicodeScript.MALAYALAM, Character.UnicodeScript.SINHALA);

    /** Both neighbours are letters or marks of a script that writes with joiners. */
    private static boolean joinsWithin(int before, int after) {
        return usesJoiners(before) && usesJoiners(after);
    }

    private static boolean usesJoiners(int codePoint) {
        int type = Character.getType(codePoint);
        if (!Character.isLetter(codePoint) && type != Character.NON_SPACING_MARK
                && type != Character.COMBINING_SPACING_MARK) {
            return false;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
        return SCRIPTS_WITH_JOINERS.contains(script) || script == Character.UnicodeScript.INHERITED;
    }

    private static String check(@Nullable String value, int max, boolean multiLine, String field) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty() || v.codePointCount(0, v.length()) > max) {
            throw new Refusal("error.text-length", new FieldLabel(field), 1, max);
        }
        if (holdsForbidden(v, multiLine)) {
            throw new Refusal("error.invisible-characters", new FieldLabel(field));
        }
        return v;
    }
}
