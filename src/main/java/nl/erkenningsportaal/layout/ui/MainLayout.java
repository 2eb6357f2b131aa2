package nl.erkenningsportaal.layout.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.Uses;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.Locale;
import nl.erkenningsportaal.account.CurrentUser;
import nl.erkenningsportaal.layout.LanguagePreference;
import nl.erkenningsportaal.layout.PortalI18nProvider;
import nl.erkenningsportaal.platform.Markup;
import nl.erkenningsportaal.platform.PortalSettings;
import org.jspecify.annotations.Nullable;

/**
 * The app shell around every view: the portal's name, the language switcher, log in or out, the quick exit, and a
 * navigation that lists only what the signed-in role may open (Vaadin filters {@code @Menu} entries by each route's
 * access annotation). Menu titles are translation keys.
 *
 * <p>The header and the drawer are each one element of fixed markup, not a component per link and button: every
 * page of every visitor carries them, and a component costs about a kilobyte of server memory per session (the
 * landing page went from 32 state nodes to 11, decision 0011). Their two actions need no component of their own:
 * the quick exit runs in the browser ({@link QuickExit}), and signing out is one click listener on each element,
 * filtered in the browser to the sign-out button. Every text put in is escaped.
 */
@Layout
@AnonymousAllowed
@Uses(DrawerToggle.class)
@Uses(Button.class)
@JsModule("@vaadin/tooltip/src/vaadin-tooltip.js")
@JavaScript("context://scripts/quick-exit.js")
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    /** The sign-out button's class; the click listeners only report clicks inside it. */
    static final String LOGOUT = "portal-logout";

    /** What the browser reports when the language select changes: the chosen language. */
    private static final String CHOSEN_LANGUAGE = "event.target.value";

    private final transient CurrentUser currentUser;
    private final transient AuthenticationContext authentication;
    private final String quickExitUrl;
    private final Html header = new Html("<header class=\"portal-header\"></header>");
    private final Html drawer = new Html("<div class=\"portal-drawer\"></div>");
    /** Whether the header was last built for a signed-in user; {@code null} before the first navigation. */
    private @Nullable Boolean headerSignedIn;

    MainLayout(CurrentUser currentUser, AuthenticationContext authentication, PortalSettings settings) {
        this.currentUser = currentUser;
        this.authentication = authentication;
        this.quickExitUrl = settings.quickExitUrl().toString();
        setPrimarySection(Section.NAVBAR);
        addToNavbar(true, header);
        addToDrawer(drawer);
        signOutOnClick(header.getElement());
        signOutOnClick(drawer.getElement());
        header.getElement().addEventListener("change", e -> PortalI18nProvider.LOCALES.stream()
                .filter(l -> l.getLanguage().equals(e.getEventData().path(CHOSEN_LANGUAGE).asString()))
                .findFirst().ifPresent(LanguagePreference::switchTo))
                .setFilter("event.target.classList.contains('portal-language')").addEventData(CHOSEN_LANGUAGE);
    }

    private void signOutOnClick(Element element) {
        element.addEventListener("click", e -> {
            if (currentUser.get().isPresent()) {
                authentication.logout();
            }
        }).setFilter("event.target.closest('." + LOGOUT + "') != null");
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        Locale locale = PortalI18nProvider.supported(attachEvent.getUI().getLocale());
        attachEvent.getUI().getPage().executeJs("document.documentElement.lang = $0", locale.getLanguage());
        // the header and the menu are built in afterNavigation, which follows every navigation (the first one
        // included)
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        boolean signedIn = currentUser.get().isPresent();
        if (!Boolean.valueOf(signedIn).equals(headerSignedIn)) {
            header.setHtmlContent(headerHtml(signedIn));
            headerSignedIn = signedIn;
        }
        drawer.setHtmlContent(drawerHtml(event.getLocation().getPath(), signedIn));
    }

    /** The menu toggle, the portal's name, the language, sign-in or sign-out and the quick exit. */
    private String headerHtml(boolean signedIn) {
        return "<header class=\"portal-header\"><vaadin-drawer-toggle aria-label=\"" + text("layout.menu")
                + "\"></vaadin-drawer-toggle>" + StaticHtml.link("", getTranslation("app.name"), "portal-brand")
                + "<div class=\"portal-tools\">" + languageSwitcher() + "<div class=\"portal-account\">"
                + account(signedIn) + "</div>" + QuickExit.html(this::getTranslation, quickExitUrl)
                + "</div></header>";
    }

    /**
     * The navigation (the current page marked for screen readers and the eye), sign-in or sign-out for a narrow
     * screen where the header has no room for it, and the footer.
     */
    private String drawerHtml(String currentPath, boolean signedIn) {
        StringBuilder html = new StringBuilder("<div class=\"portal-drawer\"><nav class=\"portal-nav\" aria-label=\"")
                .append(text("layout.navigation")).append("\"><ul>");
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            String path = entry.path().startsWith("/") ? entry.path().substring(1) : entry.path();
            html.append("<li><a href=\"").append(Markup.escape(path))
                    .append(path.equals(currentPath) ? "\" aria-current=\"page" : "").append("\" router-link>")
                    .append(text(entry.title())).append("</a></li>");
        }
        return html.append("</ul></nav><div class=\"portal-drawer-account\">").append(account(signedIn))
                .append("</div><footer class=\"portal-footer\"><span>").append(text("layout.footer"))
                .append("</span>").append(footerLink("privacy", "layout.footer.privacy"))
                .append(footerLink("toegankelijkheid", "layout.footer.accessibility"))
                .append("</footer></div>").toString();
    }

    /** A link to a page of the information module, by path (the layout does not depend on that module). */
    private String footerLink(String path, String key) {
        return StaticHtml.link(path, getTranslation(key), "portal-footer-link");
    }

    /** A link to the sign-in page, or the sign-out button. */
    private String account(boolean signedIn) {
        if (signedIn) {
            return "<vaadin-button theme=\"tertiary\" class=\"" + LOGOUT + "\">" + text("layout.logout")
                    + "</vaadin-button>";
        }
        return "<a class=\"portal-login\" href=\"login\">" + text("layout.login") + "</a>";
    }

    /**
     * The browser's own {@code <select>}: a phone shows its own picker, and the keyboard and screen readers know it.
     * The chosen value is checked against the supported languages.
     */
    private String languageSwitcher() {
        Locale current = PortalI18nProvider.supported(getLocale());
        StringBuilder html = new StringBuilder("<select class=\"portal-language\" aria-label=\"")
                .append(text("layout.language")).append("\">");
        for (Locale l : PortalI18nProvider.LOCALES) {
            html.append("<option value=\"").append(l.getLanguage()).append('"')
                    .append(l.equals(current) ? " selected" : "").append(" lang=\"").append(l.getLanguage())
                    .append("\">").append(text("language." + l.getLanguage())).append("</option>");
        }
        return html.append("</select>").toString();
    }

    /** A translation, escaped for use inside HTML. */
    private String text(String key) {
        return Markup.escape(getTranslation(key));
    }
}
