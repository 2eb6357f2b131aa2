package nl.erkenningsportaal.recognition.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import nl.erkenningsportaal.platform.FieldRefusals;
import nl.erkenningsportaal.platform.Refusal;

/** Shows a service's refusal as a translated notification that stays long enough to read. */
final class Refusals {

    private Refusals() {}

    /** On the field the refusal names, when the page shows it (issue 23); else as a notification. */
    static void show(Component where, Refusal r) {
        if (FieldRefusals.showOnField(where, r)) {
            return;
        }
        Notification n = Notification.show(where.getTranslation(r.messageKey(), r.arguments()), 8000,
                Notification.Position.TOP_CENTER);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    static void done(Component where, String key) {
        Notification.show(where.getTranslation(key), 5000, Notification.Position.TOP_CENTER)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }
}
