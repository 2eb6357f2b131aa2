package nl.erkenningsportaal;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.BasicUtilsKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.NativeDetails;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.internal.nodefeature.ElementPropertyMap;
import com.vaadin.flow.internal.nodefeature.PropertyChangeDeniedException;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinSession;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import kotlin.jvm.functions.Function0;
import nl.erkenningsportaal.account.SignedInUser;
import nl.erkenningsportaal.account.TestAccounts;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Base of the UI tests: a real Spring context on the embedded MariaDB, with Vaadin mocked by Karibu-Testing.
 * Routes are discovered once; {@link #login(String, String)} signs a fresh account of a role in.
 */
@IntegrationTest
public abstract class KaribuTest {

    private static @Nullable Routes routes;

    @Autowired
    protected ApplicationContext ctx;

    @Autowired
    protected TestAccounts accounts;

    @BeforeAll
    static void discoverRoutes() {
        if (routes == null) {
            routes = new Routes().autoDiscoverViews("nl.erkenningsportaal");
        }
    }

    @BeforeEach
    void setUpVaadin() {
        Locale.setDefault(Locale.of("nl")); // the fake browser asks for Dutch, the portal's first language
        Function0<UI> uiFactory = UI::new;
        MockVaadin.setup(uiFactory, new MockSpringServlet(routes, ctx, uiFactory));
        locale(Locale.of("nl"));
    }

    @AfterEach
    void tearDownVaadin() {
        MockVaadin.tearDown();
        com.vaadin.flow.internal.CurrentInstance.clearAll();
        SecurityContextHolder.clearContext();
    }

    /** Switches the UI's language, as the switcher would (without the reload). */
    protected void locale(Locale locale) {
        VaadinSession.getCurrent().setLocale(locale);
        UI.getCurrent().setLocale(locale);
    }

    /** Creates an account with {@code role} (officers: in {@code municipalityId}), signs it in and reloads the UI. */
    protected SignedInUser login(String role, @Nullable String municipalityId) {
        SignedInUser user = accounts.create(role, municipalityId);
        login(user);
        return user;
    }

    protected SignedInUser login(String role) {
        return login(role, null);
    }

    protected void login(SignedInUser user) {
        Authentication auth = TestAccounts.signIn(user);
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(auth);
        request.setUserInRole((principal, role) -> ("ROLE_" + user.role()).equals("ROLE_" + role));
        UI.getCurrent().navigate("");
    }

    protected void logout() {
        SecurityContextHolder.clearContext();
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(null);
        request.setUserInRole((principal, role) -> false);
        UI.getCurrent().navigate("");
    }

    /** The paths the menu leads to (the links of the drawer's navigation), in order. */
    protected List<String> navigation() {
        return LocatorJ._find(LocatorJ._get(Nav.class, s -> s.withClasses("portal-nav")), Anchor.class).stream()
                .map(Anchor::getHref).toList();
    }

    /**
     * What the browser sends when the person changes a synchronised property of an element (a select's
     * {@code value}, say): the property arrives from the client, and the server's listeners see it as the user's.
     */
    protected static void changeInBrowser(Component component, String property, Serializable value) {
        try {
            component.getElement().getNode().getFeature(ElementPropertyMap.class)
                    .deferredUpdateFromClient(property, value).run();
        } catch (PropertyChangeDeniedException e) {
            throw new AssertionError("the browser may not change " + property, e);
        }
    }

    /** The person opens (or closes) a {@code <details>}: the browser toggles it and reports the new state. */
    protected static void toggleInBrowser(NativeDetails details) {
        changeInBrowser(details, "open", !details.isOpen());
        BasicUtilsKt._fireDomEvent(details, "toggle");
    }
}
