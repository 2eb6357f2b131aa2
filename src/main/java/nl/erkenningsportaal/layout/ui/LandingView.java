package nl.erkenningsportaal.layout.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.menu.MenuConfiguration;
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

    LandingView(CurrentUser currentUser) {
        addClassName("portal-page");
        add(new H1(getTranslation("landing.title")), new Paragraph(getTranslation("landing.intro")));

        if (currentUser.get().isPresent()) {
            // signed in: straight to the role's own main page (the first menu entry after "home")
            MenuConfiguration.getMenuEntries().stream().filter(m -> !m.path().isEmpty()).findFirst()
                    .ifPresent(m -> {
                        Button mine = new Button(getTranslation("landing.my-page", getTranslation(m.title())),
                                e -> getUI().ifPresent(ui -> ui.navigate(m.path())));
                        mine.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                        add(mine);
                    });
        } else {
            Button request = new Button(getTranslation("landing.request"),
                    e -> getUI().ifPresent(ui -> ui.navigate(REQUEST_PATH)));
            request.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            request.setVisible(RouteConfiguration.forApplicationScope().isPathAvailable(REQUEST_PATH));
            Button login = new Button(getTranslation("landing.login"),
                    e -> getUI().ifPresent(ui -> ui.navigate("login")));
            add(new HorizontalLayout(request, login));
        }

        add(section("landing.what.title", "landing.what.text"),
                section("landing.voluntary.title", "landing.voluntary.text"),
                section("landing.privacy.title", "landing.privacy.text"),
                section("landing.ggd.title", "landing.ggd.text"),
                section("landing.help.title", "landing.help.text"));
        Anchor information = new Anchor(INFORMATION_PATH, getTranslation("landing.information.link"));
        information.getElement().setAttribute("router-link", true);
        Section more = new Section(new H2(getTranslation("landing.information.title")),
                new Paragraph(getTranslation("landing.information.text")), information);
        more.addClassName("portal-section");
        add(more);
    }

    private Component section(String title, String text) {
        Section section = new Section(new H2(getTranslation(title)), new Paragraph(getTranslation(text)));
        section.addClassName("portal-section");
        return section;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("landing.page-title") + " | " + getTranslation("app.name");
    }
}
