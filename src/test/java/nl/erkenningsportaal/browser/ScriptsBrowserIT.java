package nl.erkenningsportaal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Thai, Bulgarian, Romanian, Hungarian and Polish pages as a reader sees them on a small phone: every letter drawn
 * by a font that has it (no empty boxes), the page in the reader's language, no WCAG violation that axe-core finds,
 * and reflow as {@link ReflowBrowserIT} checks it (no sideways scrolling at 320 CSS pixels or at 200% zoom; the quick
 * exit, the language switcher and the heading shown whole). The check for missing letters is proved on Chromiums
 * that lack the fonts. A page with a finding is saved as target/screenshots/script-LANGUAGE-PAGE.png.
 */
class ScriptsBrowserIT extends BrowserTest {

    /**
     * The characters on the page that no font draws: each distinct visible character is drawn on a canvas in the
     * font its element uses (the whole family list, so the browser falls back as it does on the page) and compared
     * with characters that no font has (unassigned code points, drawn as the font's empty box) and with nothing.
     */
    static final String MISSING_GLYPHS = """
            async () => {
              await document.fonts.ready;
              const canvas = document.createElement('canvas');
              canvas.width = 72;
              canvas.height = 72;
              const ctx = canvas.getContext('2d', { willReadFrequently: true });
              const draw = (font, text) => {
                ctx.clearRect(0, 0, 72, 72);
                ctx.font = font;
                ctx.textBaseline = 'middle';
                ctx.fillText(text, 16, 36);
                const data = ctx.getImageData(0, 0, 72, 72).data;
                let hash = 2166136261;
                for (let i = 3; i < data.length; i += 4) {
                  hash = Math.imul(hash ^ data[i], 16777619);
                }
                return hash;
              };
              const byFont = new Map();
              const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
              while (walker.nextNode()) {
                const element = walker.currentNode.parentElement;
                if (!element || element.closest('script, style, template') || !element.getClientRects().length
                    && element.localName !== 'option') {
                  continue;
                }
                const style = getComputedStyle(element);
                const font = style.fontStyle + ' ' + style.fontWeight + ' 40px ' + style.fontFamily;
                const chars = byFont.get(font) || new Set();
                for (const ch of walker.currentNode.textContent) {
                  if (!/[\\s\\p{Cf}\\p{Cc}]/u.test(ch)) chars.add(ch);
                }
                byFont.set(font, chars);
              }
              const missing = new Set();
              for (const [font, chars] of byFont) {
                const nothing = draw(font, '');
                const boxes = ['\\u0378', '\\u0e7f', '\\u05ff'].map(c => draw(font, c));
                for (const ch of chars) {
                  const drawn = draw(font, ch);
                  if (drawn === nothing || boxes.includes(drawn)) {
                    missing.add(ch + ' U+' + ch.codePointAt(0).toString(16).toUpperCase().padStart(4, '0'));
                  }
                }
              }
              return [...missing].sort();
            }""";

    /** Each language, a letter only it has (so the page is really in it), and what its pages show. */
    record Language(String tag, String code, String ownLetters) {}

    static final List<Language> LANGUAGES = List.of(new Language("th-TH", "th", "[\\u0E00-\\u0E7F]"),
            new Language("bg-BG", "bg", "[\\u0400-\\u04FF]"), new Language("ro-RO", "ro", "[ăâîșțĂÂÎȘȚ]"),
            new Language("hu-HU", "hu", "[őűöüáéíóúŐŰÖÜÁÉÍÓÚ]"), new Language("pl-PL", "pl", "[ąćęłńśźżĄĆĘŁŃŚŹŻ]"));

    static final List<String> PUBLIC_PAGES = List.of("", "registreren", "login", "informatie",
            "informatie/erkenning", "informatie/ggd-spreekuur", "privacy");

    @Test
    void pages_in_the_five_new_languages_show_every_letter_in_the_readers_language_and_reflow_at_320_pixels() {
        List<String> findings = new ArrayList<>();
        for (Language language : LANGUAGES) {
            smallPhone(language.tag());
            for (String path : PUBLIC_PAGES) {
                open(path);
                inspect(language, path, findings);
            }
            // the booking page, signed in: log in in Dutch, then choose the language with the switcher
            smallPhone("nl-NL");
            login("werker", "demo-portaal-2026");
            // the switcher reloads the page; waiting for the new lang alone raced that reload
            page.waitForResponse(r -> r.request().isNavigationRequest(),
                    () -> page.selectOption("select.portal-language", language.code()));
            settle();
            page.waitForFunction("code => document.documentElement.lang === code", language.code());
            open("spreekuur");
            inspect(language, "spreekuur", findings);
        }
        assertThat(findings).isEmpty();
    }

    private void smallPhone(String locale) {
        context.close();
        context = browser().newContext(new Browser.NewContextOptions().setLocale(locale).setViewportSize(320, 640)
                .setDeviceScaleFactor(2));
        context.setDefaultTimeout(20_000);
        page = context.newPage();
    }

    private void inspect(Language language, String path, List<String> findings) {
        String where = language.code() + " /" + path;
        int before = findings.size();
        assertThat(page.evaluate("() => document.documentElement.lang")).as(where).isEqualTo(language.code());
        String main = page.locator("main").first().innerText();
        if (!main.matches("(?s).*" + language.ownLetters() + ".*")) {
            findings.add(where + ": the page is not in " + language.code() + ": " + main.substring(0,
                    Math.min(80, main.length())).replace('\n', ' '));
        }
        @SuppressWarnings("unchecked")
        List<String> missing = (List<String>) page.evaluate(MISSING_GLYPHS);
        missing.forEach(m -> findings.add(where + ": no font draws " + m));
        accessibilityViolations().forEach(v -> findings.add(where + ": axe " + v));
        // reflow at 320 pixels and at 200% zoom, with the quick exit, the language switcher and the page's heading
        // (the start page: its quick exit) shown whole: ReflowBrowserIT's check, for these languages made here
        ReflowBrowserIT.reflows(this, language.tag(), path, p -> path.isEmpty() ? p.locator(".portal-quick-exit")
                : p.locator(path.equals("informatie") || path.equals("registreren") ? "main h1" : "h1"), findings);
        if (findings.size() > before) { // a picture of what was found (a full page at scale 2 takes a while)
            screenshot("script-" + language.code() + "-"
                    + (path.isEmpty() ? "start" : path.replaceAll("[^a-z0-9-]+", "_")));
        }
    }

    @Test
    void the_check_finds_the_letters_that_no_installed_font_has() throws IOException {
        // a Chromium that knows one font only: DejaVu Sans has Latin and Cyrillic but no Thai; Loma (TLWG) has Thai
        // and Latin but no Cyrillic
        List<String> withoutThai = missingWith("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", "th-TH");
        assertThat(withoutThai).as("Thai page, DejaVu Sans only").isNotEmpty()
                .allMatch(m -> m.codePointAt(0) >= 0x0E00 && m.codePointAt(0) <= 0x0E7F, "Thai letters only");
        assertThat(withoutThai).contains("ไ U+0E44", "ท U+0E17", "ย U+0E22"); // ไทย, the switcher's name for Thai
        List<String> withoutCyrillic = missingWith("/usr/share/fonts/truetype/tlwg/Loma.ttf", "bg-BG");
        assertThat(withoutCyrillic).as("Bulgarian page, Loma only").isNotEmpty()
                .anyMatch(m -> m.startsWith("Б U+0411")) // Български, the switcher's name for Bulgarian
                .noneMatch(m -> m.codePointAt(0) >= 0x0E00 && m.codePointAt(0) <= 0x0E7F)
                .noneMatch(m -> m.codePointAt(0) < 0x80);
    }

    private static Map<String, String> environmentWith(String name, String value) {
        Map<String, String> environment = new java.util.HashMap<>(System.getenv());
        environment.put(name, value);
        return environment;
    }

    /** The missing letters of the start page in {@code locale}, in a Chromium whose only font is {@code font}. */
    private List<String> missingWith(String font, String locale) throws IOException {
        Path source = Path.of(font);
        assertThat(source).as("Debian's fonts (see .ci/run)").exists();
        Path dir = Path.of("target/fontconfig-" + source.getFileName().toString().replace(".ttf", "")).toAbsolutePath();
        Files.createDirectories(dir.resolve("fonts"));
        Files.createDirectories(dir.resolve("cache"));
        Files.copy(source, dir.resolve("fonts").resolve(source.getFileName()),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.writeString(dir.resolve("fonts.conf"), """
                <?xml version="1.0"?>
                <!DOCTYPE fontconfig SYSTEM "fonts.dtd">
                <fontconfig>
                  <dir>%s</dir>
                  <cachedir>%s</cachedir>
                </fontconfig>
                """.formatted(dir.resolve("fonts"), dir.resolve("cache")));
        try (Playwright own = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
                Browser limited = own.chromium().launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(Path.of("/usr/bin/chromium")).setHeadless(true)
                        .setEnv(environmentWith("FONTCONFIG_FILE", dir.resolve("fonts.conf").toString()))
                        .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                                "--disable-component-update", "--disable-sync", "--no-first-run")))) {
            Page limitedPage = limited.newContext(new Browser.NewContextOptions().setLocale(locale)).newPage();
            limitedPage.navigate(url(""));
            limitedPage.waitForSelector("select.portal-language");
            @SuppressWarnings("unchecked")
            List<String> missing = (List<String>) limitedPage.evaluate(MISSING_GLYPHS);
            return missing;
        }
    }
}
