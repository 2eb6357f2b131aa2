package nl.erkenningsportaal.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.erkenningsportaal.platform.PortalI18nProvider;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * The translations: every language has its own file of every bundle with exactly the Dutch keys, keeps the
 * placeholders and the numbers, is no copy of another language, holds no Dutch left untranslated and writes in its
 * own script (Thai in Thai, Bulgarian in Cyrillic, Romanian with ș and ț). The same for the shipped information
 * pages, whose Markdown keeps the Dutch structure. Every key the code asks for exists, and no view holds a literal
 * user-visible string. Staff screens are translated too (docs/decisions/0023-nine-languages.md), so no key is exempt.
 */
class TranslationSyncTest {

    static final Path MAIN = Path.of("src/main/java");
    static final Path PAGES = Path.of("src/main/resources/information/pages");

    /** Values that are the same in several languages on purpose: the languages' own names, a role named by letters. */
    static final Set<String> SAME_IN_EVERY_LANGUAGE = Set.of("language.nl", "language.en", "language.es",
            "language.pt", "language.ro", "language.bg", "language.hu", "language.pl", "language.th", "role.GGD");
    /** A word that two languages share (English took it from Dutch), as "key language=language". */
    static final Set<String> SHARED_WORDS = Set.of("notification.outbox.account en=nl", "outreach.platform en=nl",
            "recognition.field.postcode en=nl");
    /** A page line that English writes as Dutch does, as "language: start of the line". */
    static final Set<String> SHARED_LINES = Set.of("en: - Website: ");
    /** Languages so close that the same word is often right in both: their texts are not compared with each other. */
    static final Set<Set<String>> CLOSE_RELATIVES = Set.of(Set.of("es", "pt"));

    /** Words that are Dutch and no other language's; two of them in one text mean it was left untranslated. */
    static final Pattern DUTCH_WORDS = Pattern.compile("\\b(het|een|uw|niet|wordt|worden|kunt|heeft|wij|zijn|naar|"
            + "ook|maar|deze|dit|bij|voor|wilt|gaat|staat|nog|geen|alleen|hoe|waar|wanneer|jouw|gemeente|"
            + "aanvraag|afspraak|gegevens|bericht|spreekuur|handhaver)\\b", Pattern.CASE_INSENSITIVE);
    /** The argument a placeholder stands for: {@code {0}}, {@code {1,choice,...}}, {@code {name}}. */
    static final Pattern PLACEHOLDER = Pattern.compile("\\{\\s*(\\w+)\\s*[,}]");
    static final Pattern NUMBER = Pattern.compile("\\d+");
    /**
     * Names that stay as they are in every language (organisations, places, the portal's address) and what is no
     * language at all (web and mail addresses, link targets): left out before texts are compared or their script is
     * counted.
     */
    static final Pattern NAMES = Pattern.compile("\\]\\([^)]*\\)|https?://\\S+|[\\w.+-]+@[\\w.-]+|[\\w-]+\\.nl\\b"
            + "|\\b[A-Z0-9]*[A-Z][A-Z0-9]+(?:-[A-Z0-9]+)*\\b" // codes and abbreviations: GGD, CSV, ABCD-EFGH-JKMN
            + "|\\b(?:Veilig Thuis|Meld Misdaad Anoniem|CoMensha|Fier|GGD Drenthe|GGD|Centrum Seksueel Geweld"
            + "|Drenthe|Assen|Aa en Hunze|Borger-Odoorn|De Wolden|Erkenningsportaal|Markdown)\\b");
    static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{M}]*");

    /** The script most of a language's letters are in, where it is not Latin. */
    static final Map<String, Character.UnicodeScript> OWN_SCRIPT = Map.of("bg", Character.UnicodeScript.CYRILLIC,
            "th", Character.UnicodeScript.THAI);

    static List<Locale> translations() {
        return PortalI18nProvider.LOCALES.stream().filter(l -> !l.equals(PortalI18nProvider.DUTCH)).toList();
    }

    /** One language file of one bundle, read on its own (a ResourceBundle would fill its gaps from Dutch). */
    static @Nullable Map<String, String> file(String bundle, Locale locale) {
        String name = bundle + (locale.equals(PortalI18nProvider.DUTCH) ? "" : "_" + locale.getLanguage())
                + ".properties";
        try (InputStream in = TranslationSyncTest.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                return null;
            }
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<String, String> values = new TreeMap<>();
            properties.forEach((k, v) -> values.put((String) k, (String) v));
            return values;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Map<String, String> dutch(String bundle) {
        Map<String, String> values = file(bundle, PortalI18nProvider.DUTCH);
        assertThat(values).as(bundle).isNotNull();
        return values;
    }

    /** Every language's file of every bundle; a missing file is reported by the first test and skipped here. */
    static Map<Locale, Map<String, String>> files(String bundle) {
        Map<Locale, Map<String, String>> result = new LinkedHashMap<>();
        for (Locale locale : PortalI18nProvider.LOCALES) {
            Map<String, String> values = file(bundle, locale);
            if (values != null) {
                result.put(locale, values);
            }
        }
        return result;
    }

    @Test
    void every_language_has_its_own_file_of_every_bundle_with_exactly_the_dutch_keys() {
        List<String> bundles = PortalI18nProvider.bundleNames();
        assertThat(bundles).contains("i18n/core");
        List<String> problems = new ArrayList<>();
        for (String bundle : bundles) {
            Set<String> dutch = dutch(bundle).keySet();
            for (Locale locale : PortalI18nProvider.LOCALES) {
                Map<String, String> values = file(bundle, locale);
                if (values == null) {
                    problems.add(bundle + "_" + locale + ": no file");
                    continue;
                }
                Set<String> missing = new TreeSet<>(dutch);
                missing.removeAll(values.keySet());
                Set<String> extra = new TreeSet<>(values.keySet());
                extra.removeAll(dutch);
                missing.forEach(k -> problems.add(bundle + "_" + locale + ": missing " + k));
                extra.forEach(k -> problems.add(bundle + "_" + locale + ": not in Dutch " + k));
                values.forEach((k, v) -> {
                    if (v.isBlank()) {
                        problems.add(bundle + "_" + locale + ": empty " + k);
                    }
                });
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void translations_keep_the_placeholders_and_the_numbers_of_the_dutch_text() {
        List<String> problems = new ArrayList<>();
        for (String bundle : PortalI18nProvider.bundleNames()) {
            Map<String, String> dutch = dutch(bundle);
            files(bundle).forEach((locale, values) -> values.forEach((key, value) -> {
                String original = dutch.get(key);
                if (original == null) {
                    return;
                }
                String where = bundle + " " + key + " in " + locale;
                if (!all(PLACEHOLDER, value).equals(all(PLACEHOLDER, original))) {
                    problems.add(where + ": placeholders " + all(PLACEHOLDER, value) + " instead of "
                            + all(PLACEHOLDER, original));
                }
                if (!numbers(value).equals(numbers(original))) {
                    problems.add(where + ": numbers " + numbers(value) + " instead of " + numbers(original));
                }
                problems.addAll(formatProblems(where, value, locale));
            }));
        }
        assertThat(problems).isEmpty();
    }

    /** A text with placeholders goes through MessageFormat, where a lone apostrophe swallows what follows it. */
    static List<String> formatProblems(String where, String value, Locale locale) {
        if (!PLACEHOLDER.matcher(value).find()) {
            return List.of();
        }
        try {
            MessageFormat format = new MessageFormat(value, locale);
            String formatted;
            try {
                formatted = format.format(new Object[] {2, 2, 2, 2, 2});
            } catch (IllegalArgumentException notNumbers) {
                formatted = format.format(new Object[] {"«»", "«»", "«»", "«»", "«»"});
            }
            long shown = value.replace("''", "'").chars().filter(c -> c == '\'').count();
            if (formatted.chars().filter(c -> c == '\'').count() != shown) {
                return List.of(where + ": a lone apostrophe in a text with placeholders (write ’ or '')");
            }
            return List.of();
        } catch (IllegalArgumentException e) {
            return List.of(where + ": " + e.getMessage());
        }
    }

    @Test
    void no_language_is_a_copy_of_another() {
        List<String> copies = new ArrayList<>();
        for (String bundle : PortalI18nProvider.bundleNames()) {
            Map<Locale, Map<String, String>> files = files(bundle);
            for (Locale locale : translations()) {
                Map<String, String> values = files.getOrDefault(locale, Map.of());
                values.forEach((key, value) -> {
                    if (!looksLikeText(value) || SAME_IN_EVERY_LANGUAGE.contains(key)) {
                        return;
                    }
                    files.forEach((other, otherValues) -> {
                        String pair = key + " " + locale.getLanguage() + "=" + other.getLanguage();
                        String reversed = key + " " + other.getLanguage() + "=" + locale.getLanguage();
                        if (!other.equals(locale) && value.equals(otherValues.get(key))
                                && !SHARED_WORDS.contains(pair) && !SHARED_WORDS.contains(reversed)
                                && !CLOSE_RELATIVES.contains(Set.of(locale.getLanguage(), other.getLanguage()))) {
                            copies.add(bundle + " " + key + " in " + locale + " is the " + other + " text");
                        }
                    });
                });
            }
        }
        assertThat(copies).isEmpty();
    }

    @Test
    void no_dutch_is_left_untranslated_and_every_language_writes_in_its_own_script() {
        List<String> problems = new ArrayList<>();
        for (String bundle : PortalI18nProvider.bundleNames()) {
            files(bundle).forEach((locale, values) -> values.forEach((key, value) -> {
                if (!SAME_IN_EVERY_LANGUAGE.contains(key)) {
                    problems.addAll(scriptProblems(bundle + " " + key, locale, value));
                }
            }));
        }
        assertThat(problems).isEmpty();
    }

    /** What is wrong with a text in {@code locale}'s own writing, or nothing. */
    static List<String> scriptProblems(String where, Locale locale, String shown) {
        List<String> problems = new ArrayList<>();
        String text = withoutNames(shown);
        String language = locale.getLanguage();
        String at = where + " in " + language;
        if (!language.equals("nl")) {
            Set<String> dutch = new TreeSet<>();
            Matcher m = DUTCH_WORDS.matcher(text);
            while (m.find()) {
                dutch.add(m.group(1).toLowerCase(Locale.ROOT));
            }
            if (dutch.size() >= 2) {
                problems.add(at + ": Dutch words " + dutch + ": \"" + shorten(text) + "\"");
            }
        }
        Character.UnicodeScript own = OWN_SCRIPT.get(language);
        if (own != null && looksLikeText(text)) {
            long letters = text.codePoints().filter(Character::isLetter).count();
            long inOwn = text.codePoints().filter(c -> Character.isLetter(c) && Character.UnicodeScript.of(c) == own)
                    .count();
            if (inOwn * 2 < letters) {
                problems.add(at + ": mostly not in " + own + ": \"" + shorten(text) + "\"");
            }
        }
        if (language.equals("ro") && text.matches("(?s).*[şţŞŢ].*")) {
            problems.add(at + ": ş or ţ with a cedilla instead of ș or ț with a comma below: \"" + shorten(text) + "\"");
        }
        Matcher words = WORD.matcher(text);
        while (words.find()) {
            Set<Character.UnicodeScript> scripts = new HashSet<>();
            words.group().codePoints().filter(Character::isLetter).forEach(c -> scripts.add(Character.UnicodeScript.of(c)));
            if (scripts.size() > 1) {
                problems.add(at + ": the word \"" + words.group() + "\" mixes " + scripts);
            }
        }
        return problems;
    }

    /** More than six letters once names and addresses are left out. */
    static boolean looksLikeText(String value) {
        return withoutNames(value).codePoints().filter(Character::isLetter).count() > 6;
    }

    static String withoutNames(String text) {
        return NAMES.matcher(text).replaceAll(" ");
    }

    /** The numbers a text states, as values ("09.00" and "9:00" both state 9; a lone 0 or 00 states nothing). */
    static Set<Integer> numbers(String text) {
        Set<Integer> found = new TreeSet<>();
        // not the placeholders' argument numbers, nor the limits of a choice ({0,choice,1#one|1<{0} more})
        Matcher m = NUMBER.matcher(text.replaceAll("\\{\\d+|\\d+(?=[#<\u2264])", " "));
        while (m.find()) {
            String digits = m.group().replaceFirst("^0+(?=.)", "");
            if (digits.length() < 9 && !digits.equals("0")) {
                found.add(Integer.valueOf(digits));
            }
        }
        return found;
    }

    /** The distinct matches (the first group, if the pattern has one), sorted. */
    static Set<String> all(Pattern pattern, String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            found.add(m.groupCount() > 0 ? m.group(1) : m.group());
        }
        return found;
    }

    static String shorten(String text) {
        return text.length() <= 80 ? text : text.substring(0, 77) + "...";
    }

    // ---- the shipped information pages ---------------------------------------------------------------------------

    record Page(String slug, String language, String title, List<String> blocks) {}

    /** Every shipped page by slug and language. */
    static Map<String, Map<String, Page>> pages() throws IOException {
        Map<String, Map<String, Page>> pages = new TreeMap<>();
        try (Stream<Path> files = Files.list(PAGES)) {
            for (Path dir : files.filter(Files::isDirectory).toList()) {
                try (Stream<Path> languages = Files.list(dir)) {
                    for (Path file : languages.filter(f -> f.toString().endsWith(".md")).toList()) {
                        String language = file.getFileName().toString().replace(".md", "");
                        String content = Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n");
                        String[] parts = content.split("(?m)^---$", 3);
                        String title = parts[1].lines().filter(l -> l.startsWith("title:")).findFirst().orElse("")
                                .substring("title:".length()).strip();
                        List<String> blocks = List.of(parts[2].strip().split("\n\\s*\n|\n(?=[-*] |\\d+\\. |#)"));
                        pages.computeIfAbsent(dir.getFileName().toString(), s -> new TreeMap<>()).put(language,
                                new Page(dir.getFileName().toString(), language, title,
                                        blocks.stream().map(String::strip).toList()));
                    }
                }
            }
        }
        return pages;
    }

    /** The Markdown shape of a block: heading level, list item, numbered item, emphasis line, or paragraph. */
    static String shape(String block) {
        if (block.startsWith("#")) {
            return "h" + block.chars().takeWhile(c -> c == '#').count();
        }
        if (block.matches("(?s)[-*] .*")) {
            return "li";
        }
        if (block.matches("(?s)\\d+\\. .*")) {
            return "ol";
        }
        if (block.matches("(?s)\\*[^*].*\\*")) {
            return "em";
        }
        return "p";
    }

    @Test
    void every_page_is_shipped_in_every_language_with_the_dutch_structure_and_facts() throws IOException {
        List<String> problems = new ArrayList<>();
        pages().forEach((slug, byLanguage) -> {
            Page dutch = byLanguage.get("nl");
            assertThat(dutch).as(slug + " in Dutch").isNotNull();
            for (Locale locale : PortalI18nProvider.LOCALES) {
                Page page = byLanguage.get(locale.getLanguage());
                String where = slug + "/" + locale.getLanguage() + ".md";
                if (page == null) {
                    problems.add(where + ": missing");
                    continue;
                }
                List<String> shapes = page.blocks().stream().map(TranslationSyncTest::shape).toList();
                List<String> dutchShapes = dutch.blocks().stream().map(TranslationSyncTest::shape).toList();
                if (!shapes.equals(dutchShapes)) {
                    problems.add(where + ": Markdown blocks " + shapes + " instead of " + dutchShapes);
                    continue;
                }
                for (int i = 0; i < shapes.size(); i++) {
                    String block = page.blocks().get(i);
                    String original = dutch.blocks().get(i);
                    String at = where + " block " + (i + 1);
                    if (!numbers(block).equals(numbers(original))) {
                        problems.add(at + ": numbers " + numbers(block) + " instead of " + numbers(original));
                    }
                    String language = locale.getLanguage();
                    boolean shared = SHARED_LINES.stream().anyMatch(l -> l.startsWith(language + ": ")
                            && block.startsWith(l.substring(language.length() + 2)));
                    if (!locale.equals(PortalI18nProvider.DUTCH) && block.equals(original) && looksLikeText(block)
                            && !shared) {
                        problems.add(at + ": the Dutch text");
                    }
                    problems.addAll(scriptProblems(at, locale, block));
                }
                if (!locale.equals(PortalI18nProvider.DUTCH)) {
                    problems.addAll(scriptProblems(where + " title", locale, page.title()));
                }
            }
        });
        assertThat(problems).isEmpty();
    }

    @Test
    void the_accessibility_statement_names_every_language_in_every_language() throws IOException {
        Map<String, Page> statements = pages().get("toegankelijkheid");
        List<String> problems = new ArrayList<>();
        for (Locale reader : PortalI18nProvider.LOCALES) {
            Page page = statements.get(reader.getLanguage());
            if (page == null) {
                continue; // reported by the test above
            }
            String text = String.join("\n", page.blocks()).toLowerCase(reader);
            for (Locale language : PortalI18nProvider.LOCALES) {
                // Java's name of the language, without an ending that changes with the case (Polish "polskim")
                String name = language.getDisplayLanguage(reader).toLowerCase(reader);
                String stem = name.codePointCount(0, name.length()) > 5
                        ? name.substring(0, name.offsetByCodePoints(0, name.codePointCount(0, name.length()) - 2))
                        : name;
                if (!text.contains(stem)) {
                    problems.add("toegankelijkheid/" + reader.getLanguage() + ".md does not name " + name);
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void the_checks_themselves_catch_what_they_should() {
        Locale bg = PortalI18nProvider.BULGARIAN;
        assertThat(scriptProblems("x", Locale.ENGLISH, "Uw afspraak bij de GGD is verzet")).isNotEmpty();
        assertThat(scriptProblems("x", Locale.ENGLISH, "Your appointment at the GGD was moved")).isEmpty();
        assertThat(scriptProblems("x", PortalI18nProvider.THAI, "Your appointment at the GGD")).isNotEmpty();
        assertThat(scriptProblems("x", PortalI18nProvider.THAI, "นัดหมายของคุณที่ GGD")).isEmpty();
        assertThat(scriptProblems("x", bg, "Вашият час при GGD")).isEmpty();
        // a Latin "o" and "a" inside Cyrillic words, as a keyboard layout switch leaves them
        assertThat(scriptProblems("x", bg, "Вашият чaс при GGD")).isNotEmpty();
        assertThat(scriptProblems("x", PortalI18nProvider.ROMANIAN, "Programarea dumneavoastră la GGD s-a mutat"))
                .isEmpty();
        assertThat(scriptProblems("x", PortalI18nProvider.ROMANIAN, "Şi aţi primit un mesaj")).isNotEmpty();
        assertThat(formatProblems("x", "Vous n'avez pas {0}", Locale.FRENCH)).isNotEmpty();
        assertThat(formatProblems("x", "Vous n’avez pas {0}", Locale.FRENCH)).isEmpty();
        assertThat(shape("## Wie ziet wat?")).isEqualTo("h2");
        assertThat(shape("- Erkenning is geen vergunning.")).isEqualTo("li");
        assertThat(shape("*Dit is een voorbeeldtekst.*")).isEqualTo("em");
    }

    @Test
    void every_translation_key_used_in_the_code_exists() throws IOException {
        Set<String> known = new HashSet<>();
        for (String bundle : PortalI18nProvider.bundleNames()) {
            known.addAll(dutch(bundle).keySet());
        }
        Pattern used = Pattern.compile(
                "(?:getTranslation|translate|new Refusal|Notification\\.show)\\(\\s*\"([a-z][a-z0-9._-]+)\"|@Menu\\(title = \"([^\"]+)\"");
        // either key of a choice: getTranslation(joining ? "municipality.join.intro" : "municipality.leave.intro")
        Pattern chosen = Pattern.compile("getTranslation\\(\\s*[\\w.()!]+\\s*\\?\\s*\"([a-z][a-z0-9._-]+)\"\\s*:"
                + "\\s*\"([a-z][a-z0-9._-]+)\"");
        List<String> missing = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String code = Files.readString(file, StandardCharsets.UTF_8);
                Matcher m = used.matcher(code);
                while (m.find()) {
                    String key = m.group(1) != null ? m.group(1) : m.group(2);
                    if (!key.endsWith(".") && !known.contains(key)) {
                        missing.add(file.getFileName() + ": " + key);
                    }
                }
                Matcher c = chosen.matcher(code);
                while (c.find()) {
                    for (String key : List.of(c.group(1), c.group(2))) {
                        if (!key.endsWith(".") && !known.contains(key)) {
                            missing.add(file.getFileName() + ": " + key);
                        }
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
