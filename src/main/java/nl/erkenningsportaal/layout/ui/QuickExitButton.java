package nl.erkenningsportaal.layout.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;

/**
 * "Snel weg": leaves for a neutral site at once, in the browser, without a round trip to the server, replacing the
 * current history entry so the back button does not return here. Pressing Escape twice does the same.
 */
class QuickExitButton extends Button {

    private final String exitUrl;

    QuickExitButton(String exitUrl) {
        this.exitUrl = exitUrl;
        setText(getTranslation("layout.quick-exit"));
        setTooltipText(getTranslation("layout.quick-exit.hint"));
        addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        addClassName("portal-quick-exit");
        getElement().setAttribute("data-exit-url", exitUrl);
        getElement().executeJs("this.addEventListener('click', e => { e.stopPropagation(); "
                + "window.location.replace(this.dataset.exitUrl); })");
    }

    String exitUrl() {
        return exitUrl;
    }

    /** Installs the double-Escape shortcut once per page. */
    static void installEscapeShortcut(UI ui) {
        ui.getPage().executeJs("""
                if (!window.__portalQuickExit) {
                  window.__portalQuickExit = true;
                  let last = 0;
                  document.addEventListener('keydown', e => {
                    if (e.key !== 'Escape') return;
                    const now = Date.now();
                    if (now - last < 800) {
                      const b = document.querySelector('.portal-quick-exit');
                      if (b) window.location.replace(b.dataset.exitUrl);
                    }
                    last = now;
                  }, true);
                }""");
    }
}
