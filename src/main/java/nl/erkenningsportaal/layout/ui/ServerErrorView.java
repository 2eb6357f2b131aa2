package nl.erkenningsportaal.layout.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import nl.erkenningsportaal.platform.DatabaseStatus;
import nl.erkenningsportaal.platform.Faults;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a person sees when opening a page fails, instead of Vaadin's English stack-trace page: while the database is
 * unreachable, a calm "the portal is briefly unavailable, nothing is lost, try again in a minute" (503); for any
 * other fault, a translated "something went wrong" (500). Inside the shell, so the quick exit stays at hand. The
 * log line names the fault's classes and place, never its message (which may hold what someone typed).
 */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class ServerErrorView extends Div implements HasErrorParameter<Exception> {

    private static final Logger log = LoggerFactory.getLogger(ServerErrorView.class);

    private final transient DatabaseStatus database;

    ServerErrorView(DatabaseStatus database) {
        this.database = database;
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        boolean unreachable = database.unreachable(parameter.getCaughtException());
        if (unreachable) {
            log.warn("Database unreachable while opening a page: {}", Faults.describe(parameter.getCaughtException()));
        } else {
            log.error("Opening a page failed: {}", Faults.describe(parameter.getCaughtException()));
        }
        String title = getTranslation(unreachable ? "error.unavailable.title" : "error.unexpected.title");
        removeAll();
        addClassName("portal-page");
        Anchor again = new Anchor(event.getLocation().getPathWithQueryParameters(), getTranslation("error.try-again"));
        add(new H1(title), new Paragraph(getTranslation(unreachable ? "error.unavailable.text" : "error.unexpected")),
                new Paragraph(again, new Span(" · "),
                        new RouterLink(getTranslation("error.home"), LandingView.class)));
        getElement().executeJs("document.title = $0", title + " | " + getTranslation("app.name"));
        return unreachable ? HttpServletResponse.SC_SERVICE_UNAVAILABLE : HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}
