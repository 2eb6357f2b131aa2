package nl.erkenningsportaal.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.communication.IndexHtmlResponse;
import jakarta.servlet.http.Cookie;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.erkenningsportaal.KaribuTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The nine languages: offered in this order and each named in itself; any other language code reads Dutch without
 * an error; the calendar of a date picker speaks each language, with the month names a calendar heading uses, weeks
 * from Monday and Gregorian years.
 */
class LanguagesUiTest extends KaribuTest {

    @Autowired
    PortalI18nProvider i18n;

    @Test
    void the_portal_offers_nine_languages_each_named_in_itself_in_every_language() {
        assertThat(PortalI18nProvider.LOCALES).extracting(Locale::getLanguage)
                .containsExactly("nl", "en", "es", "pt", "ro", "bg", "hu", "pl", "th");
        assertThat(i18n.getProvidedLocales()).isEqualTo(PortalI18nProvider.LOCALES);
        List<String> names = List.of("Nederlands", "English", "Español", "Português", "Română", "Български",
                "Magyar", "Polski", "ไทย");
        for (Locale reader : PortalI18nProvider.LOCALES) {
            assertThat(PortalI18nProvider.LOCALES.stream()
                    .map(l -> i18n.getTranslation("language." + l.getLanguage(), reader)).toList())
                    .as("the switcher read in " + reader).isEqualTo(names);
        }
    }

    @Test
    void a_language_the_portal_does_not_offer_reads_dutch_and_a_regional_variant_reads_its_language() {
        String dutch = i18n.getTranslation("layout.quick-exit", PortalI18nProvider.DUTCH);
        assertThat(i18n.getTranslation("layout.quick-exit", Locale.of("tr"))).isEqualTo(dutch);
        assertThat(i18n.getTranslation("layout.quick-exit", Locale.forLanguageTag("x-klingon"))).isEqualTo(dutch);
        assertThat(PortalI18nProvider.supported(null)).isEqualTo(PortalI18nProvider.DUTCH);
        assertThat(i18n.getTranslation("layout.quick-exit", Locale.of("ro", "MD")))
                .isEqualTo(i18n.getTranslation("layout.quick-exit", PortalI18nProvider.ROMANIAN)).isNotEqualTo(dutch);
        assertThat(i18n.getTranslation("layout.quick-exit", Locale.of("bg", "BG")))
                .isEqualTo(i18n.getTranslation("layout.quick-exit", PortalI18nProvider.BULGARIAN)).isNotEqualTo(dutch);

        assertThat(cookie("ro")).contains(PortalI18nProvider.ROMANIAN);
        assertThat(cookie("th")).contains(PortalI18nProvider.THAI);
        assertThat(cookie("tr")).as("an old or made-up cookie").isEmpty();
        assertThat(cookie("\"><script>")).isEmpty();
        assertThat(cookie("")).isEmpty();
    }

    private static Optional<Locale> cookie(String value) {
        VaadinRequest request = mock(VaadinRequest.class);
        when(request.getCookies()).thenReturn(new Cookie[] {new Cookie(LanguagePreference.COOKIE, value)});
        return LanguagePreference.fromCookie(request);
    }

    @Autowired
    LanguagePreference languages;

    @Test
    void the_first_answer_names_the_portal_in_the_readers_language_before_any_view_is_drawn() {
        VaadinSession.getCurrent().setLocale(Locale.ENGLISH);
        Document english = firstAnswer();
        assertThat(english.title()).isEqualTo("Recognition portal");
        assertThat(english.getElementsByTag("html").attr("lang")).isEqualTo("en");

        VaadinSession.getCurrent().setLocale(PortalI18nProvider.THAI);
        assertThat(firstAnswer().title()).isEqualTo("พอร์ทัลการรับรอง");
        VaadinSession.getCurrent().setLocale(Locale.of("tr"));
        Document turkish = firstAnswer();
        assertThat(turkish.title()).as("a language not offered reads Dutch").isEqualTo("Erkenningsportaal");
        assertThat(turkish.getElementsByTag("html").attr("lang")).isEqualTo("nl");
    }

    private Document firstAnswer() {
        Document document = Jsoup.parse("<!doctype html><html lang=\"en\"><head></head><body></body></html>");
        languages.prepare(new IndexHtmlResponse(mock(VaadinRequest.class), mock(VaadinResponse.class), document));
        return document;
    }

    @Test
    void a_date_picker_speaks_each_language_with_the_names_a_calendar_heading_uses() {
        DatePicker.DatePickerI18n romanian = calendarIn(PortalI18nProvider.ROMANIAN);
        assertThat(romanian.getMonthNames()).startsWith("ianuarie").endsWith("decembrie");
        assertThat(romanian.getWeekdays()).startsWith("duminică", "luni");
        assertThat(romanian.getToday()).isEqualTo(i18n.getTranslation("picker.today", PortalI18nProvider.ROMANIAN))
                .isEqualTo("Astăzi");
        assertThat(romanian.getFirstDayOfWeek()).as("weeks start on Monday in the Netherlands").isEqualTo(1);

        DatePicker.DatePickerI18n bulgarian = calendarIn(PortalI18nProvider.BULGARIAN);
        assertThat(bulgarian.getMonthNames()).startsWith("януари").endsWith("декември");
        assertThat(bulgarian.getWeekdaysShort()).startsWith("нд", "пн");
        assertThat(bulgarian.getToday()).isEqualTo("Днес");
        assertThat(bulgarian.getCancel()).isEqualTo(i18n.getTranslation("action.cancel", PortalI18nProvider.BULGARIAN));
        assertThat(bulgarian.getFirstDayOfWeek()).isEqualTo(1);

        // a heading says "grudzień 2026"; "grudnia" is the form of a written date ("4 grudnia 2026")
        assertThat(calendarIn(PortalI18nProvider.POLISH).getMonthNames()).startsWith("styczeń")
                .endsWith("grudzień");
        assertThat(calendarIn(PortalI18nProvider.HUNGARIAN).getWeekdays()).startsWith("vasárnap", "hétfő");
        DatePicker.DatePickerI18n thai = calendarIn(PortalI18nProvider.THAI);
        assertThat(thai.getMonthNames()).startsWith("มกราคม").endsWith("ธันวาคม");
        assertThat(thai.getFirstDayOfWeek()).as("Thailand starts on Sunday; readers in the Netherlands on Monday")
                .isEqualTo(1);
    }

    @Test
    void a_date_is_written_the_languages_own_way_and_typed_as_people_in_the_netherlands_do_too() {
        // Bulgarian dates end in " г." (year) in Java's and the browser's data; nobody types that
        assertThat(calendarIn(PortalI18nProvider.BULGARIAN).getDateFormats())
                .containsExactly("d.MM.yyyy", "d.M.yyyy", "d-M-yyyy");
        assertThat(calendarIn(PortalI18nProvider.ROMANIAN).getDateFormats())
                .containsExactly("dd.MM.yyyy", "d.M.yyyy", "d-M-yyyy");
        assertThat(calendarIn(PortalI18nProvider.HUNGARIAN).getDateFormats()).startsWith("yyyy. MM. dd.");
        assertThat(calendarIn(PortalI18nProvider.POLISH).getDateFormats()).startsWith("d.MM.yyyy");
        assertThat(calendarIn(PortalI18nProvider.THAI).getDateFormats()).startsWith("d/M/yyyy");
        assertThat(calendarIn(PortalI18nProvider.DUTCH).getDateFormats()).containsExactly("d-M-yyyy");
        for (Locale locale : PortalI18nProvider.LOCALES) {
            assertThat(calendarIn(locale).getDateFormats()).as("every language reads the Dutch form the help texts show")
                    .contains("d-M-yyyy").allMatch(f -> f.matches("[dMy]+(?:[^dMy']+[dMy]+)*[.]?"));
        }
    }

    @Test
    void the_birth_date_example_of_every_language_is_one_its_date_picker_reads() {
        Pattern date = Pattern.compile("\\d{1,4}\\D{1,2}\\d{1,2}\\D{1,2}\\d{1,4}\\.?");
        for (Locale locale : PortalI18nProvider.LOCALES) {
            String help = i18n.getTranslation("recognition.help.date-of-birth", locale);
            Matcher example = date.matcher(help);
            assertThat(example.find()).as(locale + ": " + help).isTrue();
            List<String> formats = calendarIn(locale).getDateFormats();
            // the example may end a sentence ("14.03.1995."), or its full stop is part of the date ("1995. 03. 14.")
            assertThat(formats.stream().anyMatch(f -> reads(f, example.group())
                    || reads(f, example.group().replaceFirst("\\.$", ""))))
                    .as(locale + ": the picker (" + formats + ") reads " + example.group()).isTrue();
        }
    }

    private static boolean reads(String format, String text) {
        try {
            return LocalDate.parse(text, DateTimeFormatter.ofPattern(format, Locale.ROOT))
                    .equals(LocalDate.of(1995, 3, 14));
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    @Test
    void a_picker_writes_gregorian_years_in_every_language() {
        for (Locale locale : PortalI18nProvider.LOCALES) {
            locale(locale);
            DatePicker date = LocalisedPickers.localise(new DatePicker());
            DateTimePicker dateTime = LocalisedPickers.localise(new DateTimePicker());
            UI.getCurrent().add(date, dateTime);
            // the browser formats a typed date with this locale: Thai would otherwise mean the Buddhist year
            assertThat(date.getLocale().toLanguageTag()).isEqualTo(locale.getLanguage() + "-u-ca-gregory");
            assertThat(dateTime.getLocale().toLanguageTag()).isEqualTo(locale.getLanguage() + "-u-ca-gregory");
            assertThat(dateTime.getDatePickerI18n().getMonthNames()).hasSize(12).doesNotContain("");
            UI.getCurrent().removeAll();
        }
    }

    private DatePicker.DatePickerI18n calendarIn(Locale locale) {
        locale(locale);
        DatePicker picker = LocalisedPickers.localise(new DatePicker());
        UI.getCurrent().add(picker);
        DatePicker.DatePickerI18n result = picker.getI18n();
        UI.getCurrent().remove(picker);
        return result;
    }
}
