package nl.erkenningsportaal.platform;

import org.springframework.web.util.HtmlUtils;

/**
 * Text for markup the portal builds itself (docs/decisions/0011): escaped for HTML, and with every character
 * outside Latin-1 written as a character reference (Spring's escaping names HTML 4's, such as {@code &mdash;}; the
 * rest, such as Polish or Romanian letters in a location's name, become numeric). The browser shows the same text;
 * on the server a string of Latin-1 characters takes one byte per character instead of two, and a page's markup
 * stays in memory for as long as the page is open: one dash made all of it twice as big. Markup kept this way is set
 * as an element's {@code innerHTML} property, not through Vaadin's {@code Html}, whose parser writes the
 * characters back.
 */
public final class Markup {

    private Markup() {
    }

    /** {@code text} escaped for use inside HTML, as Latin-1 characters only. */
    public static String escape(String text) {
        String escaped = HtmlUtils.htmlEscape(text);
        if (escaped.chars().allMatch(c -> c <= 0xFF)) {
            return escaped;
        }
        StringBuilder latin1 = new StringBuilder(escaped.length() + 16);
        escaped.codePoints().forEach(c -> {
            if (c <= 0xFF) {
                latin1.append((char) c);
            } else {
                latin1.append("&#").append(c).append(';');
            }
        });
        return latin1.toString();
    }
}
