package nl.erkenningsportaal.layout.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.JavaScript;

/**
 * "Snel weg": a button that leaves for a neutral site at once. It is handled in the browser, without a round trip to
 * the server, so it works when the server cannot answer: {@code frontend/scripts/quick-exit.js}, a plain static
 * script loaded once per page, listens on the document for a click on this button (and for Escape pressed twice)
 * and replaces the page with {@code exitUrl}, so the back button does not return here. The button has no server
 * listener of its own; what else the exit should do (end the session, say) belongs in that script.
 */
@JavaScript("context://scripts/quick-exit.js")
final class QuickExit extends Button {

    static final String CSS_CLASS = "portal-quick-exit";

    QuickExit(String exitUrl) {
        setText(getTranslation("layout.quick-exit"));
        addClassName(CSS_CLASS);
        addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        getElement().setAttribute("data-exit-url", exitUrl);
        setTooltipText(getTranslation("layout.quick-exit.hint"));
    }
}
