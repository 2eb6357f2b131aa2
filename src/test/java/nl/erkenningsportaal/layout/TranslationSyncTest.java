package nl.erkenningsportaal.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.erkenningsportaal.platform.PortalI18nProvider;
import org.junit.jupiter.api.Test;

/**
 * Every key exists in every language, Spanish and Portuguese are not copies of English, every key the code asks
 * for exists, and no view holds a literal user-visible string.
 */
class TranslationSyncTest {

    static final Path MAIN = Path.of("src/main/java");

    /** Values that are the same in several languages on purpose (names, numbers). */
    static final Set<String> SAME_IN_EVERY_LANGUAGE = Set.of("language.nl", "language.en", "language.es",
            "language.pt", "role.GGD");

    static Set<String> keys(String bundle, Locale locale) {
        return PortalI18nProvider.bundle(bundle, locale).keySet();
    }

    @Test
    void every_bundle_has_every_key_in_every_language() {
        List<String> bundles = PortalI18nProvider.bundleNames();
        assertThat(bundles).contains("i18n/core");
        for (String bundle : bundles) {
            Set<String> dutch = keys(bundle, PortalI18nProvider.DUTCH);
            for (Locale locale : PortalI18nProvider.LOCALES) {
                ResourceBundle rb = PortalI18nProvider.bundle(bundle, locale);
                assertThat(rb.keySet()).as(bundle + " in " + locale).containsExactlyInAnyOrderElementsOf(dutch);
                for (String key : rb.keySet()) {
                    assertThat(rb.getString(key)).as(bundle + " " + key + " in " + locale).isNotBlank();
                }
            }
        }
    }

    @Test
    void spanish_and_portuguese_are_real_translations_not_copies() {
        for (String bundle : PortalI18nProvider.bundleNames()) {
            ResourceBundle en = PortalI18nProvider.bundle(bundle, PortalI18nProvider.ENGLISH);
            ResourceBundle nl = PortalI18nProvider.bundle(bundle, PortalI18nProvider.DUTCH);
            for (Locale locale : List.of(PortalI18nProvider.SPANISH, PortalI18nProvider.PORTUGUESE)) {
                ResourceBundle rb = PortalI18nProvider.bundle(bundle, locale);
                List<String> copies = new ArrayList<>();
                for (String key : rb.keySet()) {
                    String value = rb.getString(key);
                    boolean looksLikeText = value.codePoints().filter(Character::isLetter).count() > 6;
                    if (looksLikeText && !SAME_IN_EVERY_LANGUAGE.contains(key)
                            && (value.equals(en.getString(key)) || value.equals(nl.getString(key)))) {
                        copies.add(key);
                    }
                }
                assertThat(copies).as(bundle + " " + locale + " copies another language").isEmpty();
            }
        }
    }

    @Test
    void every_translation_key_used_in_the_code_exists() throws IOException {
        Set<String> known = new HashSet<>();
        for (String bundle : PortalI18nProvider.bundleNames()) {
            known.addAll(keys(bundle, PortalI18nProvider.DUTCH));
        }
        Pattern used = Pattern.compile(
                "(?:getTranslation|translate|new Refusal|Notification\\.show)\\(\\s*\"([a-z][a-z0-9._-]+)\"|@Menu\\(title = \"([^\"]+)\"");
        List<String> missing = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = used.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (m.find()) {
                    String key = m.group(1) != null ? m.group(1) : m.group(2);
                    if (!key.endsWith(".") && !known.contains(key)) {
                        missing.add(file.getFileName() + ": " + key);
                    }
                }
            }
        }
        for (String role : nl.erkenningsportaal.platform.Roles.ALL) {
            if (!known.contains("role." + role)) {
                missing.add("role." + role);
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void views_hold_no_literal_user_visible_strings() throws IOException {
        // a string literal passed straight to a text-bearing constructor or setter
        Pattern literal = Pattern.compile("(?:new (?:Button|H1|H2|H3|H4|Paragraph|Span|RouterLink|TextField|"
                + "TextArea|PasswordField|EmailField|IntegerField|DatePicker|TimePicker|DateTimePicker|ComboBox|"
                + "Checkbox|RadioButtonGroup|Select|Details|Tab|SideNavItem|NativeLabel|ListItem)|"
                + "\\.(?:setText|setLabel|setHeader|setHeaderTitle|setPlaceholder|setHelperText|setTitle|"
                + "setAriaLabel|setTooltipText|setErrorMessage|setConfirmText|setCancelText|setSummaryText)|"
                + "Notification\\.show)\\(\\s*\"([^\"]*[A-Za-z][^\"]*)\"");
        List<String> offenders = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")
                    && f.toString().contains("/ui/")).toList()) {
                Matcher m = literal.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (m.find()) {
                    offenders.add(file.getFileName() + ": \"" + m.group(1) + "\"");
                }
            }
        }
        assertThat(offenders).isEmpty();
    }
}
