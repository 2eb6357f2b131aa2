package nl.erkenningsportaal.information;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.erkenningsportaal.platform.PortalI18nProvider;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The pages shipped with the portal: {@code information/pages/<slug>/<language>.md}, each starting with front
 * matter ({@code title:} and {@code audience:} between {@code ---} lines) followed by the Markdown body.
 */
final class ShippedPages {

    static final String LOCATION = "classpath*:information/pages/*/*.md";
    private static final Pattern PATH = Pattern.compile("information/pages/([a-z0-9-]+)/([a-z]{2})\\.md$");
    private static final Pattern FRONT_MATTER = Pattern.compile("\\A\\uFEFF?---\\R(.*?)\\R---\\R?(.*)\\z",
            Pattern.DOTALL);

    /** One shipped page: its audience (from the Dutch file, else any) and its text per language. */
    record ShippedPage(String slug, Audience audience, Map<String, PageText> texts) {}

    private ShippedPages() {}

    /** Every shipped page by slug; files in an unsupported language or without front matter are refused loudly. */
    static Map<String, ShippedPage> load() {
        Map<String, Map<String, PageText>> texts = new TreeMap<>();
        Map<String, Map<String, Audience>> audiences = new TreeMap<>();
        try {
            for (Resource resource : new PathMatchingResourcePatternResolver().getResources(LOCATION)) {
                Matcher path = PATH.matcher(resource.getURL().toString());
                if (!path.find()) {
                    continue;
                }
                String slug = path.group(1);
                String language = path.group(2);
                if (PortalI18nProvider.offered(language).isEmpty()) {
                    continue;
                }
                String content;
                try (InputStream in = resource.getInputStream()) {
                    content = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
                Parsed parsed = parse(content, slug + "/" + language);
                texts.computeIfAbsent(slug, s -> new TreeMap<>()).put(language,
                        new PageText(language, parsed.title(), parsed.body()));
                audiences.computeIfAbsent(slug, s -> new TreeMap<>()).put(language, parsed.audience());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, ShippedPage> result = new TreeMap<>();
        texts.forEach((slug, byLanguage) -> {
            Map<String, Audience> a = audiences.get(slug);
            Audience audience = a.getOrDefault(InformationService.DUTCH, a.values().iterator().next());
            result.put(slug, new ShippedPage(slug, audience, byLanguage));
        });
        return result;
    }

    record Parsed(String title, Audience audience, String body) {}

    static Parsed parse(String content, String name) {
        Matcher m = FRONT_MATTER.matcher(content.replace("\r\n", "\n"));
        if (!m.matches()) {
            throw new IllegalStateException("No front matter in information page " + name);
        }
        String title = "";
        Audience audience = Audience.PUBLIC;
        for (String line : m.group(1).split("\n")) {
            int colon = line.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String key = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            String value = unquote(line.substring(colon + 1).strip());
            if (key.equals("title")) {
                title = value;
            } else if (key.equals("audience")) {
                audience = Audience.valueOf(value.toUpperCase(Locale.ROOT));
            }
        }
        if (title.isEmpty() || title.length() > PageEdit.TITLE_MAX) {
            throw new IllegalStateException("Information page " + name + " needs a title of at most "
                    + PageEdit.TITLE_MAX + " characters");
        }
        return new Parsed(title, audience, m.group(2).strip());
    }

    private static String unquote(String value) {
        if (value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"")
                || value.startsWith("'") && value.endsWith("'"))) {
            return value.substring(1, value.length() - 1);
        }
        return value;
    }
}
