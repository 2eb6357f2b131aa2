package nl.erkenningsportaal.platform;

import com.vaadin.flow.component.html.Span;

/**
 * Grid column headers that take a second line instead of being cut off: a header that names its unit ("(months)",
 * "(hours)") misleads when the unit is the part that is cut. The style is {@code .portal-grid-header-wrap} in
 * {@code frontend/styles/portal.css}.
 */
public final class GridHeaders {

    private GridHeaders() {}

    /** A header showing {@code text} on as many lines as it needs; pass it to {@code Column.setHeader(Component)}. */
    public static Span wrapping(String text) {
        Span header = new Span(text);
        header.addClassName("portal-grid-header-wrap");
        return header;
    }
}
