package nl.erkenningsportaal.layout.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.router.RouteNotFoundError;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/** The translated "page not found", inside the shell (so the quick exit is there too). */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class NotFoundView extends RouteNotFoundError implements HasDynamicTitle {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        getElement().removeAllChildren();
        RouterLink home = new RouterLink(getTranslation("error.home"), LandingView.class);
        getElement().appendChild(new H1(getTranslation("error.not-found.title")).getElement(),
                new Paragraph(getTranslation("error.not-found.text")).getElement(), home.getElement());
        addClassName("portal-page");
        return HttpServletResponse.SC_NOT_FOUND;
    }

    /** Also after a router link (client-side) navigation, where a title set by script would be replaced. */
    @Override
    public String getPageTitle() {
        return getTranslation("error.not-found.title") + " | " + getTranslation("app.name");
    }
}
