package nl.erkenningsportaal.platform;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.text.DateFormatSymbols;
import java.time.DayOfWeek;
import java.time.temporal.WeekFields;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Date and time pickers in the reader's language. Vaadin's pickers speak English until told otherwise: their
 * calendar says "Today" and "Cancel" and names the months in English even when the page is Dutch. Each picker
 * is given, when it is attached (so it follows the language the person chose), the month and weekday names of
 * the page's locale, a week that starts on Monday as in every Dutch calendar, and the portal's own translated
 * buttons and error messages.
 */
public final class LocalisedPickers {

    private LocalisedPickers() {
    }

    public static DatePicker localise(DatePicker picker) {
        picker.addAttachListener(e -> {
            Locale locale = picker.getLocale();
            picker.setLocale(locale);
            picker.setI18n(calendar(picker, locale));
        });
        return picker;
    }

    public static DateTimePicker localise(DateTimePicker picker) {
        picker.addAttachListener(e -> {
            Locale locale = picker.getLocale();
            picker.setLocale(locale);
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
            picker.setLocale(picker.getLocale());
            picker.setI18n(new TimePicker.TimePickerI18n()
                    .setBadInputErrorMessage(picker.getTranslation("picker.bad-time"))
                    .setRequiredErrorMessage(picker.getTranslation("validation.required")));
        });
        return picker;
    }

    /** The calendar's words in {@code locale}: month and weekday names from Java, buttons from the portal. */
    static DatePicker.DatePickerI18n calendar(Component picker, Locale locale) {
        DateFormatSymbols symbols = DateFormatSymbols.getInstance(locale);
        // Java's weekday arrays start with an empty entry (index 0) and then Sunday, as Vaadin's lists do
        List<String> weekdays = Arrays.asList(symbols.getWeekdays()).subList(1, 8);
        List<String> weekdaysShort = Arrays.asList(symbols.getShortWeekdays()).subList(1, 8);
        // the portal serves Drenthe: its weeks start on Monday, as Dutch calendars do, whatever the language
        DayOfWeek first = WeekFields.ISO.getFirstDayOfWeek();
        return new DatePicker.DatePickerI18n()
                .setMonthNames(Arrays.asList(symbols.getMonths()).subList(0, 12))
                .setWeekdays(weekdays)
                .setWeekdaysShort(weekdaysShort)
                .setFirstDayOfWeek(first.getValue() % 7)
                .setToday(picker.getTranslation("picker.today"))
                .setCancel(picker.getTranslation("action.cancel"))
                .setBadInputErrorMessage(picker.getTranslation("picker.bad-input"))
                .setRequiredErrorMessage(picker.getTranslation("validation.required"))
                .setMinErrorMessage(picker.getTranslation("picker.too-early"))
                .setMaxErrorMessage(picker.getTranslation("picker.too-late"));
    }
}
