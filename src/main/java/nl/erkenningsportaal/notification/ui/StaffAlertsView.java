package nl.erkenningsportaal.notification.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import nl.erkenningsportaal.platform.Roles;
import nl.erkenningsportaal.notification.StaffAlert;
import nl.erkenningsportaal.notification.StaffAlertService;

/**
 * A staff member's notices, newest first: what came in that is theirs to act on, each with a button to the page where
 * it is worked on (opening it marks it read). No name, number or address: the page behind the button shows what the
 * staff member may see there.
 */
@Route(StaffAlertsView.PATH)
@Menu(title = "notification.alerts.nav", order = 15)
@RolesAllowed({Roles.OFFICER, Roles.GGD, Roles.COORDINATOR})
public class StaffAlertsView extends Main implements HasDynamicTitle {

    static final String PATH = "meldingen";

    private final transient StaffAlertService alerts;
    private final transient Clock clock;
    private final Paragraph summary = new Paragraph();
    private final UnorderedList list = new UnorderedList();

    StaffAlertsView(StaffAlertService alerts, Clock clock) {
        this.alerts = alerts;
        this.clock = clock;
        addClassName("portal-page");
        list.addClassName("portal-alerts");
        summary.addClassName("portal-alerts-summary");
        Button allRead = new Button(getTranslation("notification.alerts.mark-all-read"), e -> {
            alerts.markAllRead();
            refresh();
        });
        allRead.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        RouterLink settings = new RouterLink(getTranslation("notification.alerts.settings"), AlertSettingsView.class);
        HorizontalLayout tools = new HorizontalLayout(allRead, settings);
        tools.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        tools.setWrap(true);
        add(new H1(getTranslation("notification.alerts.title")), new Paragraph(getTranslation(
                "notification.alerts.intro")), summary, tools, list);
        refresh();
    }

    private void refresh() {
        List<StaffAlert> all = alerts.myAlerts();
        long unread = all.stream().filter(StaffAlert::unread).count();
        summary.setText(all.isEmpty() ? getTranslation("notification.alerts.empty")
                : getTranslation("notification.alerts.unread-count", unread));
        list.removeAll();
        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(getLocale()).withZone(clock.getZone());
        for (StaffAlert alert : all) {
            Span date = new Span(format.format(alert.createdAt()));
            date.addClassName("portal-alert-date");
            String what = getTranslation("notification.alerts.what." + alert.kind(), String.valueOf(alert.subjectId()));
            Span text = new Span(what);
            text.addClassName("portal-alert-text");
            ListItem item = new ListItem(date, text);
            item.addClassName("portal-alert");
            if (alert.unread()) {
                Span badge = new Span(getTranslation("notification.alerts.new"));
                badge.getElement().getThemeList().add("badge primary small");
                item.add(badge);
                item.addClassName("portal-alert-unread");
            }
            Button open = new Button(getTranslation("notification.alerts.open"), e -> {
                if (alert.unread()) {
                    alerts.markRead(alert.id());
                }
                getUI().ifPresent(ui -> ui.navigate(alert.path()));
            });
            open.addThemeVariants(ButtonVariant.LUMO_SMALL);
            open.setAriaLabel(getTranslation("notification.alerts.open-what", what));
            item.add(open);
            list.add(item);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notification.alerts.title") + " | " + getTranslation("app.name");
    }
}
