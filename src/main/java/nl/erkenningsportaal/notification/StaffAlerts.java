package nl.erkenningsportaal.notification;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Raises an alert for the staff members it is for: a notice in each one's portal and, as each chose for that kind,
 * a discreet mail at once (queued in the outbox in the caller's transaction), a mark for the daily digest, or
 * nothing more. The mail names no worker, number or address: it only says there is something to look at, with a
 * link to the notices page. Called by the listeners of this module inside their transaction.
 */
@Component
class StaffAlerts {

    static final String ALERTS_PATH = "meldingen";

    private final StaffAlertStore store;
    private final Notifications notifications;
    private final Clock clock;

    StaffAlerts(StaffAlertStore store, Notifications notifications, Clock clock) {
        this.store = store;
        this.notifications = notifications;
        this.clock = clock;
    }

    /** Alerts each of {@code accountIds} (duplicates once) about {@code subjectId}; returns how many were alerted. */
    int raise(AlertKind kind, List<Long> accountIds, long subjectId, @Nullable String municipalityId) {
        List<Long> recipients = accountIds.stream().distinct().toList();
        for (long accountId : recipients) {
            AlertDelivery delivery = deliveryFor(accountId, kind);
            store.insert(accountId, kind, subjectId, municipalityId, clock.instant(),
                    delivery == AlertDelivery.DAILY_DIGEST);
            if (delivery == AlertDelivery.AT_ONCE) {
                notifications.mail(accountId, MailTemplate.STAFF_ALERT,
                        List.of(notifications.link(ALERTS_PATH)), municipalityId, null);
            }
        }
        return recipients.size();
    }

    AlertDelivery deliveryFor(long accountId, AlertKind kind) {
        if (kind.alwaysAtOnce()) {
            return AlertDelivery.AT_ONCE;
        }
        Map<AlertKind, AlertDelivery> choices = store.choices(accountId);
        return choices.getOrDefault(kind, kind.defaultDelivery());
    }
}
