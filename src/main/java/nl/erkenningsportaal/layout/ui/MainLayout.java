package nl.erkenningsportaal.layout.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Nav;
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
import nl.erkenningsportaal.platform.LanguagePreference;
import nl.erkenningsportaal.platform.NativeSelect;
import nl.erkenningsportaal.platform.PortalI18nProvider;
import nl.erkenningsportaal.platform.PortalSettings;
import org.jspecify.annotations.Nullable;

/**
 * The app shell around every view. The header holds the menu toggle, the portal's name, the language (the
 * browser's own select) and the quick exit; the drawer holds the navigation, which lists only what the signed-in
 * role may open (Vaadin filters {@code @Menu} entries by each route's access annotation; menu titles are translation
 * keys), sign-in or sign-out, and the footer. Every sign-in and sign-out reloads the page, so the shell is built once
 * per page and the drawer again only when someone else is signed in.
 */
@Layout
@AnonymousAllowed
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final transient CurrentUser currentUser;
    private final transient AuthenticationContext authentication;
    private final Footer footer = footer();
    /** Who the drawer was built for (an account id, or empty for a visitor); {@code null} before the first. */
    private @Nullable String drawerFor;
    private @Nullable Nav nav;

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
            nav = navigation();
            addToDrawer(nav, account(user.isPresent()), footer);
            drawerFor = now;
        }
        markCurrent(nav, event.getLocation().getPath());
    }

    /** The menu toggle, the portal's name, the language and the quick exit. */
    private Header header(String quickExitUrl) {
        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("layout.menu"));
        Anchor brand = link("", getTranslation("app.name"), "portal-brand");
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

    /**
     * What the signed-in role may open (anonymous visitors: the public pages), as links in a navigation landmark.
     * Plain links and not Vaadin's side navigation: each of its items keeps a listener, and the drawer is on every
     * page of every person (decision 0011). The current page is marked in {@link #afterNavigation}.
     */
    private Nav navigation() {
        Nav nav = new Nav();
        nav.addClassName("portal-nav");
        nav.setAriaLabel(getTranslation("layout.navigation"));
        MenuConfiguration.getMenuEntries().forEach(entry -> nav.add(link(relative(entry.path()),
                getTranslation(entry.title()), null)));
        return nav;
    }

    /** Marks the link to the page shown, for screen readers ({@code aria-current}) and the eye (CSS). */
    private void markCurrent(@Nullable Nav nav, String path) {
        if (nav == null) {
            return;
        }
        nav.getChildren().map(Anchor.class::cast).forEach(link -> {
            if (link.getHref().equals(path)) {
                link.getElement().setAttribute("aria-current", "page");
            } else {
                link.getElement().removeAttribute("aria-current");
            }
        });
    }

    /** A menu entry's path ({@code /mijn-aanvraag}) as a link relative to the page's base, as the other links. */
    private static String relative(String path) {
        return path.startsWith("/") ? path.substring(1) : path;
    }

    /** A link that Vaadin's router follows without loading the page again. */
    static Anchor link(String path, String text, @Nullable String cssClass) {
        Anchor link = new Anchor(path, text);
        link.getElement().setAttribute("router-link", true);
        if (cssClass != null) {
            link.addClassName(cssClass);
        }
        return link;
    }

    /** A link to the sign-in page, or the sign-out button. */
    private Component account(boolean signedIn) {
        if (signedIn) {
            Button logout = new Button(getTranslation("layout.logout"), e -> authentication.logout());
            logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            logout.addClassName("portal-drawer-account");
            return logout;
        }
        return link("login", getTranslation("layout.login"), "portal-drawer-account");
    }

    /** Who runs the portal, and the privacy statement and accessibility pages (by path: no module dependency). */
    private Footer footer() {
        Footer footer = new Footer(new Text(getTranslation("layout.footer")), footerLink("privacy",
                "layout.footer.privacy"), footerLink("toegankelijkheid", "layout.footer.accessibility"));
        footer.addClassName("portal-footer");
        return footer;
    }

    private Anchor footerLink(String path, String key) {
        return link(path, getTranslation(key), "portal-footer-link");
    }
}
