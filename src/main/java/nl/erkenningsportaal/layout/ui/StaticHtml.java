package nl.erkenningsportaal.layout.ui;

import static nl.erkenningsportaal.platform.Markup.escape;

import org.jspecify.annotations.Nullable;

/**
 * Pieces of fixed markup for text that never changes while a page is open (the landing page, the drawer's footer):
 * one {@code Html} element instead of a component per paragraph and link keeps the server-side state per visitor
 * small (docs/decisions/0011). Everything put in is escaped here.
 */
final class StaticHtml {

    private StaticHtml() {
    }

    /** A router link (Vaadin's client navigates without reloading the page); {@code label} is escaped here. */
    static String link(String path, String label, @Nullable String cssClass) {
        return "<a " + (cssClass == null ? "" : "class=\"" + cssClass + "\" ") + "href=\"" + escape(path)
                + "\" router-link>" + escape(label) + "</a>";
    }
}
