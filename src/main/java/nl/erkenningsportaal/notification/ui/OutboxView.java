package nl.erkenningsportaal.notification.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import nl.erkenningsportaal.notification.MailStatus;
import nl.erkenningsportaal.notification.OutboxAdministration;
import nl.erkenningsportaal.notification.OutboxMail;
import nl.erkenningsportaal.platform.Refusal;
import nl.erkenningsportaal.platform.Roles;

/** Administrators see mail that is waiting or dead (template, account, attempts, error; never an address). */
@Route("beheer/uitgaande-mail")
@Menu(title = "notification.outbox.nav", order = 85)
@RolesAllowed(Roles.ADMIN)
public class OutboxView extends Main implements HasDynamicTitle {

    private final transient OutboxAdministration outbox;
    private final Grid<OutboxMail> grid = new Grid<>();
    private final Paragraph summary = new Paragraph();

    OutboxView(OutboxAdministration outbox, Clock clock) {
        this.outbox = outbox;
        addClassName("portal-page");
        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
                .withLocale(getLocale()).withZone(clock.getZone());
        grid.addColumn(m -> getTranslation("notification.outbox.status." + m.status().name()))
                .setHeader(getTranslation("notification.outbox.status")).setAutoWidth(true);
        grid.addColumn(m -> m.template().name()).setHeader(getTranslation("notification.outbox.template"))
                .setAutoWidth(true);
        grid.addColumn(OutboxMail::accountId).setHeader(getTranslation("notification.outbox.account"));
        grid.addColumn(OutboxMail::attempts).setHeader(getTranslation("notification.outbox.attempts"));
        grid.addColumn(m -> format.format(m.nextAttemptAt())).setHeader(getTranslation("notification.outbox.next"));
        grid.addColumn(m -> m.lastError() == null ? "" : m.lastError())
                .setHeader(getTranslation("notification.outbox.error")).setAutoWidth(true);
        grid.addComponentColumn(this::retryButton).setKey("actions").setHeader(getTranslation("staff.actions"));
        grid.setAllRowsVisible(true);
        grid.setAriaLabel(getTranslation("notification.outbox.title"));
        grid.setEmptyStateText(getTranslation("grid.empty.filter"));
        Button refresh = new Button(getTranslation("notification.outbox.refresh"), e -> refresh());
        add(new H1(getTranslation("notification.outbox.title")),
                new Paragraph(getTranslation("notification.outbox.intro")), summary, refresh, grid);
        refresh();
    }

    private Button retryButton(OutboxMail mail) {
        Button retry = new Button(getTranslation("notification.outbox.retry"), e -> {
            try {
                outbox.retry(mail.id());
                Notification.show(getTranslation("notification.outbox.retried"), 3000,
                        Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                refresh();
            } catch (Refusal r) {
                Notification.show(getTranslation(r.messageKey(), r.arguments()), 5000,
                        Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        });
        retry.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        retry.setAriaLabel(getTranslation("notification.outbox.retry-mail", mail.id()));
        retry.setVisible(mail.status() != MailStatus.SENDING);
        return retry;
    }

    private void refresh() {
        summary.setText(getTranslation("notification.outbox.summary", outbox.count(MailStatus.QUEUED),
                outbox.count(MailStatus.DEAD), outbox.count(MailStatus.SENT)));
        grid.setItems(outbox.unsent());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notification.outbox.title") + " | " + getTranslation("app.name");
    }
}
