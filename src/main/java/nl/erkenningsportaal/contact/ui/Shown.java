package nl.erkenningsportaal.contact.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.erkenningsportaal.platform.Refusal;

/**
 * The contact pages' small helpers: dates in Europe/Amsterdam in the reader's language, the languages one can ask to
 * be contacted in, a service's refusal shown at the field it is about (or as a notification), and a short
 * confirmation.
 */
final class Shown {

    static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    /** The languages offered for contact: the portal's first, then those many workers in Drenthe speak. */
    static final List<String> LANGUAGES = List.of("nl", "en", "es", "pt", "ro", "pl", "bg", "hu", "th", "de", "fr",
            "uk", "ru", "zh", "vi", "ar", "tr");

    private Shown() {}

    static String dateTime(Instant instant, Locale locale) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale)
                .format(instant.atZone(AMSTERDAM));
    }

    static String date(Instant instant, Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale)
                .format(LocalDate.ofInstant(instant, AMSTERDAM));
    }

    /** A language by its own name and by the reader's: "português (Portugees)". */
    static String language(String code, Locale reader) {
        Locale l = Locale.of(code);
        String own = l.getDisplayLanguage(l);
        String read = l.getDisplayLanguage(reader);
        return own.equalsIgnoreCase(read) ? own : own + " (" + read + ")";
    }

    /** The reader's language when it is one offered, else Dutch. */
    static String defaultLanguage(Locale reader) {
        return LANGUAGES.contains(reader.getLanguage()) ? reader.getLanguage() : "nl";
    }

    static void done(Component where, String key, Object... arguments) {
        Notification.show(where.getTranslation(key, arguments), 5000, Notification.Position.TOP_CENTER)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    static void refusal(Component where, Refusal r) {
        Notification n = Notification.show(where.getTranslation(r.messageKey(), r.arguments()), 8000,
                Notification.Position.TOP_CENTER);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    /** Refusals that belong to a field: shown there, translated; any other as a notification. */
    static final class FieldErrors {

        private final Component view;
        private final Map<String, HasValidation> fields = new LinkedHashMap<>();

        FieldErrors(Component view) {
            this.view = view;
        }

        FieldErrors on(String key, HasValidation field) {
            fields.put(key, field);
            return this;
        }

        void clear() {
            fields.values().forEach(f -> f.setInvalid(false));
        }

        void show(Refusal r) {
            HasValidation field = fields.get(r.messageKey());
            if (field == null) {
                refusal(view, r);
                return;
            }
            field.setErrorMessage(view.getTranslation(r.messageKey(), r.arguments()));
            field.setInvalid(true);
            if (field instanceof com.vaadin.flow.component.Focusable<?> focusable) {
                focusable.focus();
            }
        }
    }
}
