package nl.erkenningsportaal.layout;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.Optional;
import nl.erkenningsportaal.platform.DatabaseStatus;
import nl.erkenningsportaal.platform.Faults;
import nl.erkenningsportaal.platform.Refusal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * When something a person does on a page fails (a click that saves, a value that loads), they get a translated
 * notification instead of nothing or a stack trace: while the database is unreachable, "the portal is briefly
 * unavailable; nothing is lost or half saved; try again in a minute" (the form keeps what they typed, so trying
 * again is one click); a {@link Refusal} nobody caught shows its own message; anything else a generic "something
 * went wrong". Services are transactional, so a failed action left nothing half written. Log lines name the
 * fault's classes and place, never its message.
 */
@Component
class FaultNotifier implements VaadinServiceInitListener, ErrorHandler {

    static final int DURATION_MS = 15_000;
    private static final Logger log = LoggerFactory.getLogger(FaultNotifier.class);

    private final transient DatabaseStatus database;

    FaultNotifier(DatabaseStatus database) {
        this.database = database;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(e -> e.getSession().setErrorHandler(this));
    }

    @Override
    public void error(ErrorEvent event) {
        Throwable failure = event.getThrowable();
        String key;
        Object[] arguments = {};
        Optional<Refusal> refusal = Faults.refusal(failure);
        if (refusal.isEmpty() && database.unreachable(failure)) {
            log.warn("Database unreachable during an action: {}", Faults.describe(failure));
            key = "error.unavailable.text";
        } else if (refusal.isPresent()) {
            key = refusal.get().messageKey();
            arguments = refusal.get().arguments();
        } else {
            log.error("An action failed: {}", Faults.describe(failure));
            key = "error.unexpected";
        }
        UI ui = UI.getCurrent();
        if (ui != null) {
            show(ui, ui.getTranslation(key, arguments));
        }
    }

    static void show(UI ui, String text) {
        Notification notification = new Notification(text, DURATION_MS, Notification.Position.MIDDLE);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        notification.setAssertive(true);
        notification.addClassName("portal-fault");
        ui.add(notification);
        notification.open();
    }
}
