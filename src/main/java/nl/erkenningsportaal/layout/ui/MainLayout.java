package nl.erkenningsportaal.layout.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.Locale;
import java.util.Optional;
import nl.erkenningsportaal.account.CurrentUser;
import nl.erkenningsportaal.account.SignedInUser;
import nl.erkenningsportaal.layout.LanguagePreference;
import nl.erkenningsportaal.layout.PortalI18nProvider;
import nl.erkenningsportaal.platform.NativeSelect;
import nl.erkenningsportaal.platform.PortalSettings;
import org.jspecify.annotations.Nullable;

/**
 * The app shell around every view. The header holds the menu toggle, the portal's name, the language (the
 * browser's own select) and the quick exit; the drawer holds the navigation, which lists only what the signed-in
 * role may open (Vaadin filters {@code @Menu} entries by each route's access annotation; menu titles are translation
 * keys), sign-in or sign-out, and the footer. Every sign-in and sign-out reloads the page, so the shell is built once
 * per page; the side navigation marks the current page itself, in the browser.
 */
@Layout
@AnonymousAllowed
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final transient CurrentUser currentUser;
    private final transient AuthenticationContext authentication;
    private final Footer footer = footer();
    /** Who the drawer was built for (an account id, or empty for a visitor); {@code null} before the first. */
    private @Nullable String drawerFor;

    MainLayout(CurrentUser currentUser, AuthenticationContext authentication, PortalSettings settings) {
        this.currentUser = currentUser;
        this.authentication = authentication;
        setPrimarySection(Section.NAVBAR);
        addToNavbar(true, header(settings.quickExitUrl().toString()));
    }

    /**
     * The drawer is built at the first navigation, and again only when someone else is signed in (in the browser
     * every sign-in and sign-out loads a new page anyway).
     */
    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        Optional<SignedInUser> user = currentUser.get();
        String now = user.map(u -> u.id() + "/" + u.role()).orElse("");
        if (!now.equals(drawerFor)) {
            getElement().getChildren().filter(e -> "drawer".equals(e.getAttribute("slot"))).toList()
                    .forEach(Element::removeFromParent);
            addToDrawer(navigation(), account(user.isPresent()), footer);
            drawerFor = now;
        }
    }

    /** The menu toggle, the portal's name, the language and the quick exit. */
    private Header header(String quickExitUrl) {
        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("layout.menu"));
        Anchor brand = new Anchor("", getTranslation("app.name"));
        brand.addClassName("portal-brand");
        Div tools = new Div(languageSwitcher(), new QuickExit(quickExitUrl));
        tools.addClassName("portal-tools");
        Header header = new Header(toggle, brand, tools);
        header.addClassName("portal-header");
        return header;
    }

    /**
     * The browser's own select: a phone shows its own picker, and the keyboard and screen readers know it. Each
     * language is named in itself, marked with its language so a screen reader pronounces it right.
     */
    private Component languageSwitcher() {
        NativeSelect<Locale> language = new NativeSelect<>(PortalI18nProvider.LOCALES, Locale::getLanguage,
                l -> getTranslation("language." + l.getLanguage()), PortalI18nProvider.supported(getLocale()));
        language.setItemLanguage(Locale::getLanguage);
        language.setAriaLabel(getTranslation("layout.language"));
        language.addClassName("portal-language");
        language.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                LanguagePreference.switchTo(e.getValue());
            }
        });
        return language;
    }

    /** What the signed-in role may open (anonymous visitors: the public pages). */
    private SideNav navigation() {
        SideNav nav = new SideNav();
        nav.addClassName("portal-nav");
        nav.getElement().setAttribute("aria-label", getTranslation("layout.navigation"));
        MenuConfiguration.getMenuEntries().forEach(entry -> nav.addItem(new SideNavItem(
                getTranslation(entry.title()), entry.path())));
        return nav;
    }

    /** A link to the sign-in page, or the sign-out button. */
    private Component account(boolean signedIn) {
        Component action;
        if (signedIn) {
            Button logout = new Button(getTranslation("layout.logout"), e -> authentication.logout());
            logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            action = logout;
        } else {
            Anchor login = new Anchor("login", getTranslation("layout.login"));
            login.addClassName("portal-login");
            action = login;
        }
        Div account = new Div(action);
        account.addClassName("portal-drawer-account");
        return account;
    }

    /** Who runs the portal, and the privacy statement and accessibility pages (by path: no module dependency). */
    private Footer footer() {
        Footer footer = new Footer(new Span(getTranslation("layout.footer")), footerLink("privacy",
                "layout.footer.privacy"), footerLink("toegankelijkheid", "layout.footer.accessibility"));
        footer.addClassName("portal-footer");
        return footer;
    }

    private Anchor footerLink(String path, String key) {
        Anchor link = new Anchor(path, getTranslation(key));
        link.addClassName("portal-footer-link");
        return link;
    }
}
