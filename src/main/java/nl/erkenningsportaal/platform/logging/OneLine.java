package nl.erkenningsportaal.platform.logging;

import org.jspecify.annotations.Nullable;

/**
 * Makes text safe for one log line: line breaks (CR, LF, NEL, the Unicode line and paragraph separators), the escape
 * character that starts an ANSI colour sequence, and every other control character except the tab are written as
 * visible escapes ({@code \r}, {@code \n}, {@code \u001b}). A name or message typed by anyone therefore can neither
 * start a log line of its own (a forged entry) nor colour or hide one.
 */
public final class OneLine {

    private OneLine() {}

    public static @Nullable String escape(@Nullable String text) {
        if (text == null || !needsEscaping(text)) {
            return text;
        }
        StringBuilder sb = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\r' -> sb.append("\\r");
                case '\n' -> sb.append("\\n");
                default -> {
                    if (unsafe(c)) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.toString();
    }

    private static boolean needsEscaping(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r' || c == '\n' || unsafe(c)) {
                return true;
            }
        }
        return false;
    }

    private static boolean unsafe(char c) {
        return (c < 0x20 && c != '\t') || c == 0x7f || (c >= 0x80 && c <= 0x9f) || c == '\u2028' || c == '\u2029';
    }
}
