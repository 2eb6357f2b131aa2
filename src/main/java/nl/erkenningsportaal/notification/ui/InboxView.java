package nl.erkenningsportaal.notification.ui;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import nl.erkenningsportaal.notification.InboxMessage;
import nl.erkenningsportaal.notification.InboxService;
import nl.erkenningsportaal.notification.MessageArguments;
import nl.erkenningsportaal.platform.Roles;

/**
 * The worker's messages from the portal, newest first. Unread ones are marked; opening one marks it read. Texts
 * are rendered in the language the worker reads in now.
 */
@Route(InboxView.PATH)
@Menu(title = "notification.inbox.nav", order = 20)
@RolesAllowed(Roles.WORKER)
public class InboxView extends Main implements HasDynamicTitle {

    static final String PATH = "berichten";

    private final transient InboxService inbox;
    private final transient Clock clock;
    private final Div list = new Div();
    private final Paragraph unreadSummary = new Paragraph();

    InboxView(InboxService inbox, Clock clock) {
        this.inbox = inbox;
        this.clock = clock;
        addClassName("portal-page");
        list.addClassName("portal-inbox");
        unreadSummary.addClassName("portal-inbox-summary");
        add(new H1(getTranslation("notification.inbox.title")), unreadSummary, list);
        refresh();
    }

    private void refresh() {
        List<InboxMessage> messages = inbox.myMessages();
        long unread = messages.stream().filter(InboxMessage::unread).count();
        unreadSummary.setText(messages.isEmpty() ? getTranslation("notification.inbox.empty")
                : getTranslation("notification.inbox.unread-count", unread));
        list.removeAll();
        messages.forEach(m -> list.add(item(m)));
    }

    private Details item(InboxMessage message) {
        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(getLocale()).withZone(clock.getZone());
        Object[] args = MessageArguments.localized(message.arguments(), getLocale());
        Span date = new Span(format.format(message.createdAt()));
        date.addClassName("portal-inbox-date");
        Span subject = new Span(getTranslation(message.subjectKey(), args));
        subject.addClassName("portal-inbox-subject");
        Div summary = new Div(date, subject);
        Span badge = new Span(getTranslation("notification.inbox.new"));
        badge.getElement().getThemeList().add("badge primary small");
        badge.addClassName("portal-inbox-new");
        if (message.unread()) {
            summary.add(badge);
            summary.addClassName("portal-inbox-unread");
        }
        Details details = new Details(summary, new Paragraph(getTranslation(message.bodyKey(), args)));
        details.addClassName("portal-inbox-message");
        details.addOpenedChangeListener(e -> {
            if (e.isOpened() && message.unread() && badge.getParent().isPresent()) {
                inbox.markRead(message.id());
                summary.remove(badge);
                summary.removeClassName("portal-inbox-unread");
                unreadSummary.setText(getTranslation("notification.inbox.unread-count", inbox.myUnreadCount()));
            }
        });
        return details;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notification.inbox.title") + " | " + getTranslation("app.name");
    }
}
