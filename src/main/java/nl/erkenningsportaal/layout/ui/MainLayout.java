package nl.erkenningsportaal.layout.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.Locale;
import nl.erkenningsportaal.account.CurrentUser;
import nl.erkenningsportaal.layout.LanguagePreference;
import nl.erkenningsportaal.layout.PortalI18nProvider;
import nl.erkenningsportaal.platform.PortalSettings;

/**
 * The app shell around every view: the portal's name, the language switcher, log in or out, the quick exit, and a
 * navigation that lists only what the signed-in role may open (Vaadin filters {@code @Menu} entries by each route's
 * access annotation). Menu titles are translation keys.
 */
@Layout
@AnonymousAllowed
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final transient CurrentUser currentUser;
    private final transient AuthenticationContext authentication;
    private final SideNav nav = new SideNav();
    private final Div accountArea = new Div();
    /** The same sign-in or sign-out on a narrow screen, in the menu: the header then keeps the quick exit in view. */
    private final Div drawerAccount = new Div();

    MainLayout(CurrentUser currentUser, AuthenticationContext authentication, PortalSettings settings) {
        this.currentUser = currentUser;
        this.authentication = authentication;
        setPrimarySection(Section.NAVBAR);

        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("layout.menu"));

        RouterLink home = new RouterLink("", LandingView.class);
        home.setText(getTranslation("app.name"));
        home.addClassName("portal-brand");

        HorizontalLayout tools = new HorizontalLayout(languageSwitcher(), accountArea,
                new QuickExitButton(settings.quickExitUrl().toString()));
        tools.setAlignItems(FlexComponent.Alignment.CENTER);
        tools.addClassName("portal-tools");

        Header header = new Header(toggle, home, tools);
        header.addClassName("portal-header");
        addToNavbar(true, header);

        nav.setLabel(getTranslation("layout.navigation"));
        nav.addClassName("portal-nav");
        // fixed text and links: one element, not six components for every visitor
        Html footer = new Html("<footer class=\"portal-footer\"><span>"
                + StaticHtml.escape(getTranslation("layout.footer")) + "</span>"
                + footerLink("privacy", "layout.footer.privacy")
                + footerLink("toegankelijkheid", "layout.footer.accessibility") + "</footer>");
        accountArea.addClassName("portal-account");
        drawerAccount.addClassName("portal-drawer-account");
        addToDrawer(nav, drawerAccount, footer);
    }

    /** A link to a page of the information module, by path (the layout does not depend on that module). */
    private String footerLink(String path, String key) {
        return StaticHtml.link(path, getTranslation(key), "portal-footer-link");
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        Locale locale = PortalI18nProvider.supported(attachEvent.getUI().getLocale());
        attachEvent.getUI().getPage().executeJs("document.documentElement.lang = $0", locale.getLanguage());
        QuickExitButton.installEscapeShortcut(attachEvent.getUI());
        // the menu is built in afterNavigation, which follows every navigation (the first one included): building
        // it here as well checked every route's access twice per page
    }

    private void buildNavigation() {
        accountArea.removeAll();
        accountArea.add(accountButton());
        drawerAccount.removeAll();
        drawerAccount.add(accountButton());
        nav.removeAll();
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            nav.addItem(new SideNavItem(getTranslation(entry.title()), entry.path()));
        }
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        buildNavigation();
    }

    /**
     * The browser's own {@code <select>}, as one element: a phone shows its own picker, the keyboard and screen
     * readers know it, and the server holds one state node instead of Vaadin's select with its list and four items
     * (ten nodes on every page, decision 0011). The chosen value is checked against the supported languages.
     */
    private Component languageSwitcher() {
        Locale current = PortalI18nProvider.supported(getLocale());
        StringBuilder options = new StringBuilder();
        for (Locale l : PortalI18nProvider.LOCALES) {
            options.append("<option value=\"").append(l.getLanguage()).append('"')
                    .append(l.equals(current) ? " selected" : "").append(" lang=\"").append(l.getLanguage())
                    .append("\">").append(StaticHtml.escape(getTranslation("language." + l.getLanguage())))
                    .append("</option>");
        }
        Html select = new Html("<select class=\"portal-language\" aria-label=\""
                + StaticHtml.escape(getTranslation("layout.language")) + "\">" + options + "</select>");
        select.getElement().addEventListener("change", e -> PortalI18nProvider.LOCALES.stream()
                .filter(l -> l.getLanguage().equals(e.getEventData().path("element.value").asString()))
                .findFirst().ifPresent(LanguagePreference::switchTo)).addEventData("element.value");
        return select;
    }

    private Component accountButton() {
        if (currentUser.get().isPresent()) {
            Button logout = new Button(getTranslation("layout.logout"), e -> authentication.logout());
            logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            logout.addClassName("portal-logout");
            return logout;
        }
        Anchor login = new Anchor("login", getTranslation("layout.login"));
        login.addClassName("portal-login");
        return login;
    }
}
