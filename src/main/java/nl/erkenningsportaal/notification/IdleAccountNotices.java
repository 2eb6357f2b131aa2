package nl.erkenningsportaal.notification;

import java.util.List;
import nl.erkenningsportaal.account.IdleAccountWarned;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells a worker that her account, holding no request or booking and unused for a long time, will be erased unless
 * she signs in: a message in her inbox and, with a confirmed address, the discreet "new message" mail. It runs in the
 * transaction that records the notice, so the notice and the message exist together or not at all.
 */
@Component
class IdleAccountNotices {

    private final Notifications notifications;

    IdleAccountNotices(Notifications notifications) {
        this.notifications = notifications;
    }

    @EventListener
    void on(IdleAccountWarned event) {
        notifications.tell(event.accountId(), null, "notification.inbox.idle-account",
                List.of(event.erasedFrom().toString()));
    }
}
