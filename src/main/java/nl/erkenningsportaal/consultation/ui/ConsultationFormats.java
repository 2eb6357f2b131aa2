package nl.erkenningsportaal.consultation.ui;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Dates and times of consultations (local Europe/Amsterdam times) in the reader's language. */
final class ConsultationFormats {

    private ConsultationFormats() {}

    static String date(LocalDate date, Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale).format(date);
    }

    static String time(LocalTime time, Locale locale) {
        return DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale).format(time);
    }
}
