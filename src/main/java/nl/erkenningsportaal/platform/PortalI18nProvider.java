package nl.erkenningsportaal.platform;

import com.vaadin.flow.i18n.I18NProvider;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Translations from every module's bundle in {@code i18n/}: {@code i18n/<module>.properties} holds Dutch (the
 * default), {@code <module>_en}, {@code _es}, {@code _pt}, {@code _ro}, {@code _bg}, {@code _hu}, {@code _pl} and
 * {@code _th} the other languages. A language that is not offered reads Dutch, never an error. A missing key shows as
 * {@code !key!} so nobody mistakes it for text, and a test fails on it before it ships.
 */
@Component
public class PortalI18nProvider implements I18NProvider {

    public static final Locale DUTCH = Locale.of("nl");
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale SPANISH = Locale.of("es");
    public static final Locale PORTUGUESE = Locale.of("pt");
    public static final Locale ROMANIAN = Locale.of("ro");
    public static final Locale BULGARIAN = Locale.of("bg");
    public static final Locale HUNGARIAN = Locale.of("hu");
    public static final Locale POLISH = Locale.of("pl");
    public static final Locale THAI = Locale.of("th");
    /** Every language the portal speaks, Dutch first; the language switcher offers them in this order. */
    public static final List<Locale> LOCALES = List.of(DUTCH, ENGLISH, SPANISH, PORTUGUESE, ROMANIAN, BULGARIAN,
            HUNGARIAN, POLISH, THAI);

    private static final Logger log = LoggerFactory.getLogger(PortalI18nProvider.class);
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final List<String> bundles = bundleNames();

    @Override
    public List<Locale> getProvidedLocales() {
        return LOCALES;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        Locale supported = supported(locale);
        for (String bundle : bundles) {
            ResourceBundle resources = ResourceBundle.getBundle(bundle, supported, NO_FALLBACK);
            if (resources.containsKey(key)) {
                String value = resources.getString(key);
                return params.length == 0 ? value : new MessageFormat(value, supported).format(params);
            }
        }
        log.warn("Missing translation key {} for {}", key, supported);
        return "!" + key + "!";
    }

    /** The supported language closest to {@code locale}; Dutch when none matches. */
    public static Locale supported(@Nullable Locale locale) {
        return locale == null ? DUTCH : offered(locale.getLanguage()).orElse(DUTCH);
    }

    /** The offered language with this code ({@code "ro"}), if the portal speaks it. */
    public static Optional<Locale> offered(@Nullable String language) {
        return LOCALES.stream().filter(l -> l.getLanguage().equals(language)).findFirst();
    }

    /** The names of all translation bundles on the class path, e.g. {@code i18n/core}. */
    public static List<String> bundleNames() {
        try {
            Resource[] resources = new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*.properties");
            TreeSet<String> names = new TreeSet<>();
            for (Resource r : resources) {
                String file = r.getFilename();
                if (file != null && !file.contains("_")) {
                    names.add("i18n/" + file.substring(0, file.length() - ".properties".length()));
                }
            }
            return new ArrayList<>(names);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One language of one bundle, for the translation sync test. */
    public static ResourceBundle bundle(String name, Locale locale) {
        try {
            return ResourceBundle.getBundle(name, locale, NO_FALLBACK);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("No bundle " + name + " for " + locale, e);
        }
    }
}
