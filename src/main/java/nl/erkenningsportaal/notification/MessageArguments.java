package nl.erkenningsportaal.notification;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Arguments of a stored message: plain strings kept as a JSON array. Dates and date-times are stored in ISO form
 * ({@code 2026-12-01}, {@code 2026-12-01T14:30}) and shown in the reader's language when rendered.
 */
public final class MessageArguments {

    private static final TypeReference<List<String>> LIST = new TypeReference<>() {};
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern ISO_DATE_TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?");

    private MessageArguments() {}

    static String toJson(List<String> arguments) {
        return JsonMapper.shared().writeValueAsString(arguments);
    }

    static List<String> fromJson(String json) {
        return List.copyOf(JsonMapper.shared().readValue(json, LIST));
    }

    /** The arguments ready for {@code getTranslation(key, locale, args)}: ISO dates become local, readable dates. */
    public static Object[] localized(List<String> arguments, Locale locale) {
        return arguments.stream().map(a -> localize(a, locale)).toArray();
    }

    static String localize(String argument, Locale locale) {
        try {
            if (ISO_DATE_TIME.matcher(argument).matches()) {
                return LocalDateTime.parse(argument).format(
                        DateTimeFormatter.ofLocalizedDateTime(FormatStyle.FULL, FormatStyle.SHORT).withLocale(locale));
            }
            if (ISO_DATE.matcher(argument).matches()) {
                return LocalDate.parse(argument).format(
                        DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale));
            }
        } catch (DateTimeParseException e) {
            // not a date after all: show as given
        }
        return argument;
    }
}
