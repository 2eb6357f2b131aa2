package nl.erkenningsportaal.layout.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.menu.MenuConfiguration;
import java.util.List;
import nl.erkenningsportaal.account.CurrentUser;
import nl.erkenningsportaal.platform.Markup;

/** The public front page: what recognition is, that it is voluntary, how privacy is kept, the GGD's consultation. */
@Route("")
@Menu(title = "nav.home", order = 0)
@AnonymousAllowed
public class LandingView extends Main implements HasDynamicTitle {

    /** Where "request recognition" leads: the sign-up of the recognition module. */
    static final String REQUEST_PATH = "registreren";

    /** The index of the information module's pages (rules, care, privacy). */
    static final String INFORMATION_PATH = "informatie";

    LandingView(CurrentUser currentUser) {
        addClassName("portal-page");
        add(new H1(getTranslation("landing.title")));
        // Links, not buttons: each leads to another page (and a link needs no listener on the server)
        StringBuilder intro = new StringBuilder("<div class=\"portal-intro\"><p>").append(text("landing.intro"))
                .append("</p><p class=\"portal-actions\">");
        if (currentUser.get().isPresent()) {
            // signed in: straight to the role's own main page (the first menu entry after "home")
            MenuConfiguration.getMenuEntries().stream().filter(m -> !m.path().isEmpty()).findFirst()
                    .ifPresent(m -> intro.append(link(m.path(),
                            getTranslation("landing.my-page", getTranslation(m.title())), true)));
        } else {
            if (RouteConfiguration.forApplicationScope().isPathAvailable(REQUEST_PATH)) {
                intro.append(link(REQUEST_PATH, getTranslation("landing.request"), true));
            }
            intro.append(link("login", getTranslation("landing.login"), false));
        }
        add(new Html(intro.append("</p></div>").toString()));

        // The rest is text that never changes while the page is open: one element for all of it, not five
        // components per section, keeps the page's server-side memory per visitor small (heap per session,
        // docs/decisions/0011). Every text is escaped; the link is a router link like the menu's.
        StringBuilder sections = new StringBuilder("<div class=\"portal-sections\">");
        for (String key : List.of("what", "voluntary", "privacy", "ggd", "help")) {
            sections.append("<section class=\"portal-section\"><h2>").append(text("landing." + key + ".title"))
                    .append("</h2><p>").append(text("landing." + key + ".text")).append("</p></section>");
        }
        sections.append("<section class=\"portal-section\"><h2>").append(text("landing.information.title"))
                .append("</h2><p>").append(text("landing.information.text")).append("</p>")
                .append(StaticHtml.link(INFORMATION_PATH, getTranslation("landing.information.link"), null))
                .append("</section></div>");
        add(new Html(sections.toString()));
    }

    /** A router link that looks like a button. */
    private static String link(String path, String label, boolean primary) {
        return StaticHtml.link(path, label, "portal-button" + (primary ? " portal-button-primary" : ""));
    }

    /** A translation, escaped for use inside HTML. */
    private String text(String key) {
        return Markup.escape(getTranslation(key));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("landing.page-title") + " | " + getTranslation("app.name");
    }
}
