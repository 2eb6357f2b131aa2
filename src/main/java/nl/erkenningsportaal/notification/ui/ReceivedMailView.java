package nl.erkenningsportaal.notification.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import nl.erkenningsportaal.notification.ReceivedMail;
import nl.erkenningsportaal.notification.ReceivedMailService;
import nl.erkenningsportaal.platform.Roles;

/**
 * Demo profile only: what the embedded SMTP server received (subject, recipient, time), so a demonstration shows
 * the mail that went out. Registered at start-up only in the demo profile (see {@link DemoRoutes}); elsewhere the
 * address does not exist.
 */
@Route(value = "beheer/ontvangen-mail", registerAtStartup = false)
@Menu(title = "notification.received.nav", order = 86)
@RolesAllowed(Roles.ADMIN)
public class ReceivedMailView extends Main implements HasDynamicTitle, BeforeEnterObserver {

    private final transient ReceivedMailService received;
    private final Grid<ReceivedMail> grid = new Grid<>();

    ReceivedMailView(ReceivedMailService received, Clock clock) {
        this.received = received;
        addClassName("portal-page");
        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                .withLocale(getLocale()).withZone(clock.getZone());
        grid.addColumn(m -> format.format(m.receivedAt())).setHeader(getTranslation("notification.received.time"))
                .setAutoWidth(true);
        grid.addColumn(ReceivedMail::to).setHeader(getTranslation("notification.received.to"))
                .setAutoWidth(true);
        grid.addColumn(ReceivedMail::subject)
                .setHeader(getTranslation("notification.received.subject")).setAutoWidth(true);
        grid.setAllRowsVisible(true);
        grid.setAriaLabel(getTranslation("notification.received.title"));
        add(new H1(getTranslation("notification.received.title")),
                new Paragraph(getTranslation("notification.received.intro")),
                new Button(getTranslation("notification.outbox.refresh"), e -> refresh()), grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!received.available()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        refresh();
    }

    private void refresh() {
        grid.setItems(received.received());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notification.received.title") + " | " + getTranslation("app.name");
    }
}
