package nl.erkenningsportaal.layout;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import java.util.List;
import java.util.Locale;
import nl.erkenningsportaal.KaribuTest;
import nl.erkenningsportaal.layout.ui.AccessDeniedView;
import nl.erkenningsportaal.platform.Roles;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;

class NavigationUiTest extends KaribuTest {

    @Test
    void the_landing_page_renders_in_dutch_and_in_english() {
        UI.getCurrent().navigate("");
        assertThat(_get(H1.class).getText()).isEqualTo("Erkenning voor sekswerk aan huis");
        locale(Locale.ENGLISH);
        UI.getCurrent().navigate("login");
        UI.getCurrent().navigate("");
        assertThat(_find(H1.class)).extracting(H1::getText).contains("Recognition for sex work from home");
    }

    @Test
    void the_landing_page_is_headings_and_paragraphs_with_links_to_sign_up_sign_in_and_the_information() {
        UI.getCurrent().navigate("");
        assertThat(_find(H2.class).stream().map(H2::getText)).contains("Wat is erkenning?", "Hulp nodig?");
        assertThat(_find(Anchor.class).stream().map(a -> a.getHref() + " " + a.getText())).contains(
                "registreren Erkenning aanvragen", "login Inloggen", "informatie Alle informatie lezen");
        UI.getCurrent().navigate("informatie"); // a navigation to the page shown would keep it as it is
        login(Roles.WORKER);
        assertThat(_find(Anchor.class).stream().map(Anchor::getText)).contains("Naar Mijn erkenning")
                .doesNotContain("Erkenning aanvragen");
    }

    @Test
    void an_anonymous_visitor_sees_only_public_pages_and_is_sent_to_login_for_others() {
        assertThat(navigation()).doesNotContain("beheer/medewerkers", "beheer/gemeenten", "wachtwoord");
        UI.getCurrent().navigate("beheer/medewerkers");
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("login");
    }

    @Test
    void an_admin_sees_the_administration_in_the_navigation() {
        login(Roles.ADMIN);
        assertThat(navigation()).contains("beheer/medewerkers", "beheer/gemeenten", "wachtwoord");
        UI.getCurrent().navigate("beheer/medewerkers");
        _get(H1.class, spec -> spec.withText("Medewerkers"));
    }

    @Test
    void every_other_role_is_refused_the_administration_with_the_access_denied_page() {
        for (String role : List.of(Roles.WORKER, Roles.OFFICER, Roles.GGD, Roles.COORDINATOR, Roles.POLICY)) {
            login(role, Roles.OFFICER.equals(role) ? "GM0106" : null);
            assertThat(navigation()).as(role).doesNotContain("beheer/medewerkers", "beheer/gemeenten")
                    .contains("wachtwoord");
            UI.getCurrent().navigate("beheer/gemeenten");
            assertThat(_find(AccessDeniedView.class)).as(role).hasSize(1);
            _get(H1.class, spec -> spec.withText("Geen toegang"));
            logout();
        }
    }

    @Test
    void a_view_for_one_role_is_the_view_itself_not_a_method_security_proxy() {
        login(Roles.ADMIN);
        UI.getCurrent().navigate("beheer/medewerkers");
        Object view = UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0);
        // Vaadin's navigation access control reads @RolesAllowed; Spring's JSR-250 method security would wrap the
        // view in a CGLIB subclass that checks the role on every method call (and costs CPU on every navigation)
        assertThat(AopUtils.isAopProxy(view)).as(view.getClass().getName()).isFalse();
        assertThat(view.getClass().isAnnotationPresent(jakarta.annotation.security.RolesAllowed.class)).isTrue();
    }

    // An unknown address is covered in real Chromium (LandingAndLoginBrowserIT): Karibu's router does not
    // render error views for unregistered paths.
}
