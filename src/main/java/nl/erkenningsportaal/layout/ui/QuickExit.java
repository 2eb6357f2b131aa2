package nl.erkenningsportaal.layout.ui;

import java.util.function.Function;
import nl.erkenningsportaal.platform.Markup;

/**
 * "Snel weg": leaves for a neutral site at once, in the browser, without waiting for the server, replacing the
 * current history entry so the back button does not return here; the session ends on the server as the browser
 * leaves. Pressing Escape twice does the same. The button is markup in the header ({@link MainLayout}); a static
 * script, {@code frontend/scripts/quick-exit.js}, loaded once per page by the layout, serves it (decision 0033).
 */
final class QuickExit {

    static final String CSS_CLASS = "portal-quick-exit";

    private QuickExit() {
    }

    /** The button with its hint, leaving for {@code exitUrl}. */
    static String html(Function<String, String> translation, String exitUrl) {
        return "<vaadin-button theme=\"error primary\" class=\"" + CSS_CLASS + "\" data-exit-url=\""
                + Markup.escape(exitUrl) + "\">" + Markup.escape(translation.apply("layout.quick-exit"))
                + "<vaadin-tooltip slot=\"tooltip\" text=\""
                + Markup.escape(translation.apply("layout.quick-exit.hint")) + "\"></vaadin-tooltip>"
                + "</vaadin-button>";
    }
}
