package nl.erkenningsportaal.platform;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.communication.IndexHtmlResponse;
import jakarta.servlet.http.Cookie;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.springframework.stereotype.Component;

/**
 * The language: the browser's first supported choice, unless the person picked one with the switcher, which is
 * remembered in a cookie (a preference, not tracking: it holds only a language code such as "nl" or "ro"). A code
 * the portal does not offer (an old cookie, a browser in Turkish) means Dutch. Also puts the matching {@code lang}
 * attribute on the page so screen readers pronounce it right.
 */
@Component
public class LanguagePreference implements VaadinServiceInitListener {

    static final String COOKIE = "portal-lang";
    private static final int ONE_YEAR = 365 * 24 * 3600;

    private final PortalI18nProvider i18n;

    LanguagePreference(PortalI18nProvider i18n) {
        this.i18n = i18n;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(e -> fromCookie(e.getRequest()).ifPresent(
                locale -> e.getSession().setLocale(locale)));
        event.addIndexHtmlRequestListener(this::prepare);
    }

    /**
     * The first answer, before any view is drawn: the {@code lang} attribute, and the portal's name as the page title
     * in that language, so a screen reader announces a named page in the right language from the start (the view
     * then sets its own title, "Welkom | Erkenningsportaal").
     */
    void prepare(IndexHtmlResponse response) {
        Locale locale = PortalI18nProvider.supported(Optional.ofNullable(VaadinSession.getCurrent())
                .map(VaadinSession::getLocale)
                .or(() -> fromCookie(response.getVaadinRequest()))
                .orElseGet(() -> response.getVaadinRequest().getLocale()));
        Document document = response.getDocument();
        document.getElementsByTag("html").attr("lang", locale.getLanguage());
        if (document.title().isBlank()) {
            document.title(i18n.getTranslation("app.name", locale));
        }
    }

    static Optional<Locale> fromCookie(VaadinRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        return Arrays.stream(cookies).filter(c -> COOKIE.equals(c.getName())).findFirst()
                .flatMap(c -> PortalI18nProvider.offered(c.getValue()));
    }

    /** Switches the language for this session and remembers it, then reloads so every text follows. */
    public static void switchTo(Locale locale) {
        Locale chosen = PortalI18nProvider.supported(locale);
        VaadinResponse response = VaadinService.getCurrentResponse();
        if (response != null) {
            Cookie cookie = new Cookie(COOKIE, chosen.getLanguage());
            cookie.setPath("/");
            cookie.setMaxAge(ONE_YEAR);
            cookie.setHttpOnly(true);
            cookie.setAttribute("SameSite", "Lax");
            VaadinRequest request = VaadinService.getCurrentRequest();
            cookie.setSecure(request != null && request.isSecure());
            response.addCookie(cookie);
        }
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null) {
            session.setLocale(chosen);
        }
        UI ui = UI.getCurrent();
        if (ui != null) {
            ui.setLocale(chosen);
            // the reloaded page carries the new lang attribute (see serviceInit)
            ui.getPage().reload();
        }
    }
}
