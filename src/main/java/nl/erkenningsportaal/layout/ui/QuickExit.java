package nl.erkenningsportaal.layout.ui;

import com.vaadin.flow.component.UI;
import java.util.function.Function;
import nl.erkenningsportaal.platform.Markup;

/**
 * "Snel weg": leaves for a neutral site at once, in the browser, without a round trip to the server, replacing the
 * current history entry so the back button does not return here. Pressing Escape twice does the same. The button is
 * markup in the header ({@link MainLayout}); one listener on the document, installed once per page, serves it.
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

    /** Installs the click and the double-Escape shortcut once per page. */
    static void install(UI ui) {
        ui.getPage().executeJs("""
                if (!window.__portalQuickExit) {
                  window.__portalQuickExit = true;
                  const leave = () => {
                    const b = document.querySelector('.portal-quick-exit');
                    if (b) window.location.replace(b.dataset.exitUrl);
                  };
                  document.addEventListener('click', e => {
                    if (e.target.closest && e.target.closest('.portal-quick-exit')) {
                      e.stopPropagation();
                      leave();
                    }
                  }, true);
                  let last = 0;
                  document.addEventListener('keydown', e => {
                    if (e.key !== 'Escape') return;
                    const now = Date.now();
                    if (now - last < 800) leave();
                    last = now;
                  }, true);
                }""");
    }
}
