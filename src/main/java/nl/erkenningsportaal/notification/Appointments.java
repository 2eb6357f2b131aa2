package nl.erkenningsportaal.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.erkenningsportaal.platform.PortalI18nProvider;
import org.apache.commons.codec.digest.DigestUtils;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Notifications about GGD appointments: inbox message, mail with a calendar invitation, and the reminder before the
 * appointment. Keeps per booking what the invitations need (stable UID, rising SEQUENCE, time and place) in
 * {@code notification_booking}. Runs inside the calling listener's transaction, except the reminder job.
 */
@Component
class Appointments {

    private final NotificationStore store;
    private final Notifications notifications;
    private final PortalI18nProvider i18n;
    private final MailSettings settings;
    private final Clock clock;
    private final TransactionTemplate reminderTransaction;

    Appointments(NotificationStore store, Notifications notifications, PortalI18nProvider i18n, MailSettings settings,
            Clock clock, PlatformTransactionManager transactions) {
        this.store = store;
        this.notifications = notifications;
        this.i18n = i18n;
        this.settings = settings;
        this.clock = clock;
        this.reminderTransaction = new TransactionTemplate(transactions);
        this.reminderTransaction.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
        this.reminderTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    void confirmed(Appointment a) {
        confirmed(a, null);
    }

    void confirmed(Appointment a, @Nullable Duration reminderBefore) {
        int sequence = store(a, reminderBefore);
        tell(a, sequence, "notification.inbox.appointment-confirmed", MailTemplate.APPOINTMENT_CONFIRMED, false);
    }

    void placeGiven(Appointment a) {
        placeGiven(a, null);
    }

    void placeGiven(Appointment a, @Nullable Duration reminderBefore) {
        int sequence = store(a, reminderBefore);
        tell(a, sequence, "notification.inbox.place-available", MailTemplate.PLACE_AVAILABLE, false);
    }

    void changed(Appointment a) {
        int sequence = store(a, null);
        tell(a, sequence, "notification.inbox.appointment-changed", MailTemplate.APPOINTMENT_CHANGED, false);
    }

    /** The worker cancelled, or GGD cancelled the booking; {@code bySession}: the whole consultation hour fell out. */
    void cancelled(String bookingRef, boolean bySession) {
        cancelled(bookingRef, bySession, null);
    }

    /**
     * A cancelled appointment; when the GGD cancelled the whole session with a message, the inbox message carries
     * it (the mail does not: mail stays neutral, the message is read inside the portal).
     */
    void cancelled(String bookingRef, boolean bySession, @Nullable String ggdMessage) {
        known(bookingRef).ifPresent(a -> {
            store.cancelAppointment(bookingRef);
            int sequence = store.sequenceOf(bookingRef);
            if (bySession && ggdMessage != null && !ggdMessage.isBlank()) {
                List<String> args = List.of(isoMinutes(a.start()), a.location(), ggdMessage.strip());
                notifications.inboxOnly(a.accountId(), "notification.inbox.session-cancelled-message", args);
                notifications.mailWithCalendar(a.accountId(), MailTemplate.SESSION_CANCELLED,
                        withLink(args.subList(0, 2)), null, locale -> invitation(a, sequence, true, locale));
            } else {
                tell(a, sequence, bySession ? "notification.inbox.session-cancelled"
                        : "notification.inbox.appointment-cancelled",
                        bySession ? MailTemplate.SESSION_CANCELLED : MailTemplate.APPOINTMENT_CANCELLED, true);
            }
        });
    }

    /**
     * Queues the reminders that are due, once across nodes: the due rows are locked with SKIP LOCKED and cleared in
     * the same short transaction that queues their mails. Returns how many were queued.
     */
    int queueDueReminders() {
        Integer queued = reminderTransaction.execute(tx -> {
            List<String> due = store.lockDueReminders(MailOutbox.utc(clock.instant()));
            for (String ref : due) {
                store.reminderQueued(ref);
                known(ref).ifPresent(a -> {
                    List<String> args = List.of(isoMinutes(a.start()), a.location());
                    notifications.remind(a.accountId(), "notification.inbox.appointment-reminder", args,
                            MailTemplate.APPOINTMENT_REMINDER, withLink(args));
                });
            }
            return due.size();
        });
        return queued == null ? 0 : queued;
    }

    private void tell(Appointment a, int sequence, String inboxKey, MailTemplate template, boolean cancel) {
        List<String> args = List.of(isoMinutes(a.start()), a.location());
        notifications.inboxOnly(a.accountId(), inboxKey, args);
        notifications.mailWithCalendar(a.accountId(), template, withLink(args), null,
                locale -> invitation(a, sequence, cancel, locale));
    }

    /** The argument form of a local date-time: ISO to the minute, shown in the reader's language when rendered. */
    static String isoMinutes(LocalDateTime t) {
        return t.truncatedTo(java.time.temporal.ChronoUnit.MINUTES).format(
                java.time.format.DateTimeFormatter.ISO_LOCAL_DATE_TIME).substring(0, 16);
    }

    private List<String> withLink(List<String> args) {
        return List.of(notifications.link(Notifications.INBOX_PATH), args.get(0), args.get(1));
    }

    String invitation(Appointment a, int sequence, boolean cancel, Locale locale) {
        String host = notifications.link("").replaceFirst("^https?://", "").replaceAll("[/:].*$", "");
        return CalendarInvitation.write(cancel, uid(a.bookingRef()) + "@" + host, sequence, a.start(), a.end(),
                clock.getZone(), i18n.getTranslation("notification.calendar.summary", locale), a.location(),
                settings.defaultSenderName(), settings.fromAddress(), clock.instant());
    }

    /**
     * The invitation's UID: the same for every mail about one booking, so calendars update the event in place. A
     * hash of the booking's reference, so no booking code (which the GGD sees) travels in the invitation.
     */
    static String uid(String bookingRef) {
        return "ggd-" + DigestUtils.sha256Hex("booking:" + bookingRef).substring(0, 32);
    }

    /**
     * Inserts or updates the booking; returns its SEQUENCE (0 the first time, one more with every change). The reminder
     * goes the GGD's lead time before the appointment: the one that held when the booking was made (kept with it, also
     * when the appointment moves), else {@code reminderBefore} from the event, else the configured default.
     */
    private int store(Appointment a, @Nullable Duration reminderBefore) {
        Duration lead = store.reminderLeadOf(a.bookingRef())
                .or(() -> Optional.ofNullable(reminderBefore))
                .orElse(settings.reminderBefore());
        Instant reminder = a.start().atZone(clock.getZone()).toInstant().minus(lead);
        store.storeAppointment(a, reminder.isAfter(clock.instant()) ? MailOutbox.utc(reminder) : null, lead);
        return store.sequenceOf(a.bookingRef());
    }

    Optional<Appointment> known(String bookingRef) {
        return store.appointment(bookingRef);
    }
}
