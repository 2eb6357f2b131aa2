package nl.erkenningsportaal.layout.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.menu.MenuConfiguration;
import java.util.List;
import java.util.Map;
import nl.erkenningsportaal.account.CurrentUser;

/** The public front page: what recognition is, that it is voluntary, how privacy is kept, the GGD's consultation. */
@Route("")
@Menu(title = "nav.home", order = 0)
@AnonymousAllowed
public class LandingView extends Main implements HasDynamicTitle {

    /** Where "request recognition" leads: the sign-up of the recognition module. */
    static final String REQUEST_PATH = "registreren";

    /** The index of the information module's pages (rules, care, privacy). */
    static final String INFORMATION_PATH = "informatie";

    /** The topics of the page, each a heading and a paragraph ({@code landing.KEY.title}, {@code .text}). */
    static final List<String> TOPICS = List.of("what", "voluntary", "privacy", "ggd", "help", "information");

    LandingView(CurrentUser currentUser) {
        addClassName("portal-page");
        addClassName("portal-landing");
        // Links, not buttons: each leads to another page (and a link needs no listener on the server)
        Div actions = new Div();
        actions.addClassName("portal-actions");
        if (currentUser.get().isPresent()) {
            // signed in: straight to the role's own main page (the first menu entry after "home")
            MenuConfiguration.getMenuEntries().stream().map(m -> Map.entry(relative(m.path()), m.title()))
                    .filter(m -> !m.getKey().isEmpty()).findFirst()
                    .ifPresent(m -> actions.add(link(m.getKey(), getTranslation("landing.my-page",
                            getTranslation(m.getValue())), true)));
        } else {
            if (RouteConfiguration.forApplicationScope().isPathAvailable(REQUEST_PATH)) {
                actions.add(link(REQUEST_PATH, getTranslation("landing.request"), true));
            }
            actions.add(link("login", getTranslation("landing.login"), false));
        }
        add(new H1(getTranslation("landing.title")), new Paragraph(getTranslation("landing.intro")), actions);
        for (String topic : TOPICS) {
            add(new H2(getTranslation("landing." + topic + ".title")),
                    new Paragraph(getTranslation("landing." + topic + ".text")));
        }
        add(MainLayout.link(INFORMATION_PATH, getTranslation("landing.information.link"), null));
    }

    /** A menu entry's path ({@code /mijn-aanvraag}) as a link relative to the page's base, as the other links. */
    private static String relative(String path) {
        return path.startsWith("/") ? path.substring(1) : path;
    }

    /** A link that looks like a button. */
    private static Anchor link(String path, String label, boolean primary) {
        Anchor link = MainLayout.link(path, label, "portal-button");
        if (primary) {
            link.addClassName("portal-button-primary");
        }
        return link;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("landing.page-title") + " | " + getTranslation("app.name");
    }
}
