package nl.erkenningsportaal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.dom.Element;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.stream.IntStream;
import nl.erkenningsportaal.platform.PortalI18nProvider;
import nl.erkenningsportaal.platform.Refusal;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.jsoup.Jsoup;

/**
 * What an attacker types into the portal (issue 8), and the checks every module's tests share: a refusal is a
 * {@link Refusal} whose key exists in all four languages, never a raw exception; hostile text reaches the browser
 * as text only.
 */
public final class HostileInput {

    /** Markup and script payloads; each must come back exactly as typed and be shown as text. */
    public static final List<String> XSS = List.of(
            "<script>alert(1)</script>",
            "<img src=x onerror=alert(1)>",
            "\"><svg onload=alert(1)>",
            "javascript:alert(1)");

    /** All payloads in one line, for fields that hold one value. */
    public static final String XSS_LINE = String.join(" ", XSS);

    public static final String ZERO_WIDTH_SPACE = "\u200B";
    public static final String ZERO_WIDTH_JOINER = "\u200D";
    public static final String BYTE_ORDER_MARK = "\uFEFF";
    public static final String RIGHT_TO_LEFT_OVERRIDE = "\u202E";
    public static final List<String> INVISIBLE = List.of(ZERO_WIDTH_SPACE, ZERO_WIDTH_JOINER, BYTE_ORDER_MARK,
            RIGHT_TO_LEFT_OVERRIDE);

    /** 100 KB of plain letters. */
    public static final String HUNDRED_KB = "a".repeat(100 * 1024);

    private HostileInput() {}

    /** Text with an invisible character in the middle, e.g. {@code Ana<U+202E>Lima}. */
    public static String with(String invisible, String text) {
        int half = text.length() / 2;
        return text.substring(0, half) + invisible + text.substring(half);
    }

    /**
     * The call is refused cleanly: a {@link Refusal} (not a database, parse or null-pointer exception) with one of
     * {@code keys}, and that key is translated in Dutch, English, Spanish and Portuguese.
     */
    public static Refusal assertRefused(String what, ThrowingCallable call, String... keys) {
        Throwable thrown = catchThrowable(call);
        assertThat(thrown).as(what + ": refused cleanly").isInstanceOf(Refusal.class);
        Refusal refusal = (Refusal) thrown;
        if (keys.length > 0) {
            assertThat(refusal.messageKey()).as(what).isIn((Object[]) keys);
        }
        assertTranslatedEverywhere(refusal.messageKey());
        return refusal;
    }

    public static void assertTranslatedEverywhere(String key) {
        for (Locale locale : PortalI18nProvider.LOCALES) {
            boolean found = false;
            for (String bundle : PortalI18nProvider.bundleNames()) {
                try {
                    found |= !PortalI18nProvider.bundle(bundle, locale).getString(key).isBlank();
                } catch (MissingResourceException e) {
                    // another bundle
                }
            }
            assertThat(found).as("translation of " + key + " in " + locale).isTrue();
        }
    }

    // ---- the browser side (Karibu)

    /**
     * The current UI carries no script-capable markup: no element gets raw HTML ({@code innerHTML}, which is what
     * {@code Html} and hand-built markup use) holding a payload, and no attribute holds a {@code javascript:} link.
     */
    public static void assertNoMarkupFromInput() {
        for (Element e : elements()) {
            String inner = e.getProperty("innerHTML");
            if (inner != null) {
                assertNoMarkupFromInput("innerHTML of <" + e.getTag() + ">", inner);
            }
            for (String name : e.getAttributeNames().toList()) {
                String value = e.getAttribute(name);
                if (value != null) {
                    assertThat(value.toLowerCase(Locale.ROOT)).as(name + " of <" + e.getTag() + ">")
                            .doesNotContain("javascript:", "<script");
                }
            }
        }
    }

    /**
     * Markup as the browser reads it carries nothing that runs: escaped text may say "onerror", an element or
     * attribute may not.
     */
    public static void assertNoMarkupFromInput(String where, String markup) {
        for (org.jsoup.nodes.Element parsed : Jsoup.parseBodyFragment(markup).body().getAllElements()) {
            String what = where + ": <" + parsed.tagName() + ">";
            assertThat(parsed.tagName()).as(what).isNotIn("script", "iframe", "object", "embed");
            for (org.jsoup.nodes.Attribute a : parsed.attributes()) {
                assertThat(a.getKey().toLowerCase(Locale.ROOT)).as(what).doesNotStartWith("on");
                assertThat(a.getValue().strip().toLowerCase(Locale.ROOT)).as(what + " " + a.getKey())
                        .doesNotStartWith("javascript:");
            }
        }
    }

    /** What markup shows as the browser reads it: its text, and its buttons' accessible names. */
    public static String shownText(String markup) {
        org.jsoup.nodes.Document parsed = Jsoup.parseBodyFragment(markup);
        StringBuilder sb = new StringBuilder(parsed.body().text()).append('\n');
        parsed.select("[aria-label]").forEach(l -> sb.append(l.attr("aria-label")).append('\n'));
        return sb.toString();
    }

    /** Everything the UI shows as text: text nodes of every component, input values, every grid's formatted rows. */
    public static String shownText() {
        StringBuilder sb = new StringBuilder();
        for (Element e : elements()) {
            e.getChildren().filter(Element::isTextNode).forEach(t -> sb.append(t.getText()).append('\n'));
            String inner = e.getProperty("innerHTML");
            if (inner != null) {
                sb.append(shownText(inner)); // an element of markup (Html)
            }
            String value = e.getProperty("value");
            if (value != null) {
                sb.append(value).append('\n');
            }
            e.getComponent().filter(c -> c.getElement() == e && c instanceof Grid<?>).map(Grid.class::cast)
                    .ifPresent(grid -> IntStream.range(0, GridKt._size(grid)).forEach(i -> sb
                            .append(String.join(" | ", GridKt._getFormattedRow(grid, i))).append('\n')));
        }
        return sb.toString();
    }

    /** Every element of every component Karibu finds (also in dialogs), with their plain child elements. */
    private static java.util.Set<Element> elements() {
        java.util.Set<Element> all = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Component c : LocatorJ._find(Component.class)) {
            collect(c.getElement(), all);
        }
        return all;
    }

    private static void collect(Element e, java.util.Set<Element> all) {
        if (!e.isTextNode() && all.add(e)) {
            e.getChildren().forEach(c -> collect(c, all));
        }
    }
}
