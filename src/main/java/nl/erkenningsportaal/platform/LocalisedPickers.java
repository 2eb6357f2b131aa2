package nl.erkenningsportaal.platform;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.time.DayOfWeek;
import java.time.Month;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.TextStyle;
import java.time.temporal.WeekFields;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Date and time pickers in the reader's language. Vaadin's pickers speak English until told otherwise: their
 * calendar says "Today" and "Cancel" and names the months in English even when the page is Dutch. Each picker
 * is given, when it is attached (so it follows the language the person chose), the month and weekday names of
 * the page's locale (the names a calendar heading uses: Polish "grudzień", not the "grudnia" of a written date),
 * the first day of the week where the reader lives (the Netherlands: Monday), the language's own way of writing a
 * date with Gregorian years (a browser in Thai would otherwise write the Buddhist year, 2569 for 2026), and the
 * portal's own translated buttons and error messages. See docs/decisions/0023-nine-languages.md.
 */
public final class LocalisedPickers {

    private LocalisedPickers() {
    }

    public static DatePicker localise(DatePicker picker) {
        picker.addAttachListener(e -> {
            Locale locale = picker.getUI().map(UI::getLocale).orElse(picker.getLocale());
            picker.setLocale(gregorian(locale));
            picker.setI18n(calendar(picker, locale));
        });
        return picker;
    }

    public static DateTimePicker localise(DateTimePicker picker) {
        picker.addAttachListener(e -> {
            Locale locale = picker.getUI().map(UI::getLocale).orElse(picker.getLocale());
            picker.setLocale(gregorian(locale));
            picker.setDatePickerI18n(calendar(picker, locale));
            picker.setI18n(new DateTimePicker.DateTimePickerI18n()
                    .setDateLabel(picker.getTranslation("picker.date"))
                    .setTimeLabel(picker.getTranslation("picker.time"))
                    .setBadInputErrorMessage(picker.getTranslation("picker.bad-input"))
                    .setIncompleteInputErrorMessage(picker.getTranslation("picker.incomplete"))
                    .setRequiredErrorMessage(picker.getTranslation("validation.required"))
                    .setMinErrorMessage(picker.getTranslation("picker.too-early"))
                    .setMaxErrorMessage(picker.getTranslation("picker.too-late")));
        });
        return picker;
    }

    public static TimePicker localise(TimePicker picker) {
        picker.addAttachListener(e -> {
            picker.setLocale(picker.getUI().map(UI::getLocale).orElse(picker.getLocale()));
            picker.setI18n(new TimePicker.TimePickerI18n()
                    .setBadInputErrorMessage(picker.getTranslation("picker.bad-time"))
                    .setRequiredErrorMessage(picker.getTranslation("validation.required")));
        });
        return picker;
    }

    /**
     * The locale the browser formats and reads typed dates with: the reader's language with the Gregorian calendar
     * (the browser's default calendar for Thai is the Buddhist one, whose years the portal does not read).
     */
    static Locale gregorian(Locale locale) {
        return new Locale.Builder().setLocale(locale).setUnicodeLocaleKeyword("ca", "gregory").build();
    }

    /**
     * How a date is written and typed in {@code locale}: first the language's own numeric form from Java's locale
     * data with a four-digit year ("dd.MM.yyyy" in Romanian, "yyyy. MM. dd." in Hungarian), then that form with
     * one-digit days and months, then the Dutch "d-M-yyyy" that readers in the Netherlands see everywhere. Left to
     * itself the browser derives the form from its own locale data, which for Bulgarian ends in " г." (year) and then
     * refuses "14.03.1995" as typed.
     */
    static List<String> dateFormats(Locale locale) {
        // the numeric date of Java's locale data (CLDR's "yMd"), the same form the browser writes for the locale
        String pattern = DateTimeFormatterBuilder.getLocalizedDateTimePattern("yMd", IsoChronology.INSTANCE, locale);
        // a horizontal space (\h): Java writes a narrow no-break space before the Bulgarian 'г'
        String own = pattern.replaceAll("\\h*'[^']*'\\.?", "").replaceAll("y+", "yyyy").replaceAll("^\\h+|\\h+$", "");
        Set<String> formats = new LinkedHashSet<>();
        formats.add(own);
        formats.add(own.replaceAll("d+", "d").replaceAll("M+", "M"));
        formats.add("d-M-yyyy");
        return List.copyOf(formats);
    }

    /** The calendar's words in {@code locale}: month and weekday names from Java, buttons from the portal. */
    static DatePicker.DatePickerI18n calendar(Component picker, Locale locale) {
        // Vaadin's weekday lists start with Sunday
        List<DayOfWeek> fromSunday = Stream.iterate(DayOfWeek.SUNDAY, d -> d.plus(1)).limit(7).toList();
        // the first day of the week is a country's custom, not a language's: readers live in the Netherlands
        DayOfWeek first = WeekFields.of(Locale.of(locale.getLanguage(), "NL")).getFirstDayOfWeek();
        List<String> formats = dateFormats(locale);
        return new DatePicker.DatePickerI18n()
                .setDateFormats(formats.getFirst(), formats.subList(1, formats.size()).toArray(String[]::new))
                .setMonthNames(Arrays.stream(Month.values())
                        .map(m -> m.getDisplayName(TextStyle.FULL_STANDALONE, locale)).toList())
                .setWeekdays(fromSunday.stream().map(d -> d.getDisplayName(TextStyle.FULL_STANDALONE, locale)).toList())
                .setWeekdaysShort(fromSunday.stream()
                        .map(d -> d.getDisplayName(TextStyle.SHORT_STANDALONE, locale)).toList())
                .setFirstDayOfWeek(first.getValue() % 7)
                .setToday(picker.getTranslation("picker.today"))
                .setCancel(picker.getTranslation("action.cancel"))
                .setBadInputErrorMessage(picker.getTranslation("picker.bad-input"))
                .setRequiredErrorMessage(picker.getTranslation("validation.required"))
                .setMinErrorMessage(picker.getTranslation("picker.too-early"))
                .setMaxErrorMessage(picker.getTranslation("picker.too-late"));
    }
}
