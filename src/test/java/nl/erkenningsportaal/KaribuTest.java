package nl.erkenningsportaal;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinSession;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
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
import org.springframework.web.util.HtmlUtils;

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

    /** The paths the menu leads to (the drawer's {@code <nav>}, one element of markup), in order. */
    protected List<String> navigation() {
        String drawer = com.github.mvysny.kaributesting.v10.LocatorJ._find(Html.class).stream()
                .map(Html::getInnerHtml).filter(h -> h.contains("class=\"portal-nav\"")).findFirst().orElseThrow();
        String nav = drawer.substring(drawer.indexOf("class=\"portal-nav\""), drawer.indexOf("</nav>"));
        return HREF.matcher(nav).results().map(m -> HtmlUtils.htmlUnescape(m.group(1))).toList();
    }

    private static final Pattern HREF = Pattern.compile("href=\"([^\"]*)\"");
}
