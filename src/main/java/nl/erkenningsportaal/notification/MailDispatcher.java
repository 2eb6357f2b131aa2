package nl.erkenningsportaal.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import nl.erkenningsportaal.account.AccountContacts;
import nl.erkenningsportaal.account.MailContact;
import nl.erkenningsportaal.municipality.Municipality;
import nl.erkenningsportaal.municipality.MunicipalityService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.stereotype.Component;

/**
 * The background sender. Every {@code portal.mail.poll-interval} it claims due mails (a short transaction, see
 * {@link MailOutbox#claim}), sends each through {@link JavaMailSender} outside any transaction, and marks it sent, or
 * schedules a retry with exponential back-off, or after {@code max-attempts} marks it dead. It runs on its own
 * thread, so a slow or hanging mail server never holds up a user's request or another job; the SMTP connection,
 * read and write timeouts bound each attempt. Any number of nodes may run it: a mail is claimed by one at a time.
 */
@Component
class MailDispatcher implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(MailDispatcher.class);

    private final MailOutbox outbox;
    private final Appointments appointments;
    private final JavaMailSender mailSender;
    private final MailRenderer renderer;
    private final AccountContacts contacts;
    private final MunicipalityService municipalities;
    private final MailSettings settings;
    private final String node = "node-" + UUID.randomUUID().toString().substring(0, 8);
    private final AtomicBoolean draining = new AtomicBoolean();
    private final AtomicBoolean nudged = new AtomicBoolean();
    private ThreadPoolTaskScheduler scheduler;

    MailDispatcher(MailOutbox outbox, Appointments appointments, JavaMailSender mailSender, MailRenderer renderer, AccountContacts contacts,
            MunicipalityService municipalities, MailSettings settings) {
        this.outbox = outbox;
        this.appointments = appointments;
        this.mailSender = mailSender;
        this.renderer = renderer;
        this.contacts = contacts;
        this.municipalities = municipalities;
        this.settings = settings;
    }

    /** Sends everything that is due now, batch after batch; returns how many mails were sent. */
    int sendDue() {
        if (!draining.compareAndSet(false, true)) {
            return 0;
        }
        try {
            int sent = 0;
            List<MailOutbox.Claimed> batch;
            do {
                batch = outbox.claim(node, settings.batchSize());
                if (!batch.isEmpty()) {
                    sent += send(batch);
                }
            } while (batch.size() == settings.batchSize());
            return sent;
        } finally {
            draining.set(false);
        }
    }

    /**
     * Sends one claimed batch over a single SMTP connection (Spring's {@code send(MimeMessage...)}), then records
     * each mail's fate. Returns how many were delivered to the server.
     */
    private int send(List<MailOutbox.Claimed> batch) {
        Map<MimeMessage, MailOutbox.Claimed> prepared = new LinkedHashMap<>();
        for (MailOutbox.Claimed mail : batch) {
            Optional<String> address = addressOf(mail);
            if (address.isEmpty()) {
                outbox.failed(mail.id(), node, mail.attempts(), "NO_ADDRESS", true);
                continue;
            }
            try {
                prepared.put(message(mail, address.get()), mail);
            } catch (MessagingException | UnsupportedEncodingException | RuntimeException e) {
                failed(mail, e);
            }
        }
        if (prepared.isEmpty()) {
            return 0;
        }
        Map<Object, Exception> failures = Map.of();
        try {
            mailSender.send(prepared.keySet().toArray(MimeMessage[]::new));
        } catch (MailSendException e) {
            failures = e.getFailedMessages();
            if (failures.isEmpty()) {
                prepared.values().forEach(mail -> failed(mail, e));
                return 0;
            }
        } catch (RuntimeException e) {
            prepared.values().forEach(mail -> failed(mail, e));
            return 0;
        }
        List<Long> delivered = new ArrayList<>();
        for (Map.Entry<MimeMessage, MailOutbox.Claimed> entry : prepared.entrySet()) {
            Exception failure = failures.get(entry.getKey());
            if (failure == null) {
                delivered.add(entry.getValue().id());
            } else {
                failed(entry.getValue(), failure);
            }
        }
        int marked = outbox.sent(delivered, node);
        if (marked < delivered.size()) {
            log.warn("{} mails were sent after their lease ran out", delivered.size() - marked);
        }
        return delivered.size();
    }

    /** The account's address, resolved now (a removed address is never used); or the one kept for a mail without one. */
    private Optional<String> addressOf(MailOutbox.Claimed mail) {
        Long account = mail.accountId();
        if (account == null) {
            return Optional.ofNullable(mail.recipient());
        }
        Optional<MailContact> contact = mail.toUnconfirmed() ? contacts.unconfirmedContactOf(account)
                : contacts.mailContactOf(account);
        return contact.map(MailContact::email);
    }

    private void failed(MailOutbox.Claimed mail, Exception e) {
        String error = describe(e);
        log.warn("Mail {} ({}) attempt {} failed: {}", mail.id(), mail.template(), mail.attempts(), error);
        outbox.failed(mail.id(), node, mail.attempts(), error, false);
    }

    private MimeMessage message(MailOutbox.Claimed mail, String address)
            throws MessagingException, UnsupportedEncodingException {
        String senderName = Optional.ofNullable(mail.municipalityId()).flatMap(municipalities::find)
                .map(Municipality::settings).map(s -> s.mailSenderName())
                .orElse(settings.defaultSenderName());
        RenderedMail rendered = renderer.render(mail.template(), Locale.of(mail.language()), senderName,
                mail.arguments());
        MimeMessage message = mailSender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, MimeMessageHelper.MULTIPART_MODE_MIXED_RELATED,
                StandardCharsets.UTF_8.name());
        helper.setFrom(settings.fromAddress(), senderName);
        helper.setTo(address);
        helper.setSubject(rendered.subject());
        helper.setText(rendered.text(), rendered.html());
        message.setHeader("Content-Language", mail.language());
        if (mail.calendar() != null) {
            String method = mail.calendar().contains("METHOD:CANCEL") ? "CANCEL" : "REQUEST";
            helper.addAttachment(method.equals("CANCEL") ? "afspraak-vervallen.ics" : "afspraak.ics",
                    new ByteArrayResource(mail.calendar().getBytes(StandardCharsets.UTF_8)),
                    "text/calendar; charset=UTF-8; method=" + method);
        }
        return message;
    }

    /** The error as class names only (and an SMTP code if any): never the message text, which may hold an address. */
    static String describe(Throwable e) {
        StringBuilder sb = new StringBuilder(e.getClass().getSimpleName());
        Throwable cause = e.getCause();
        int depth = 0;
        while (cause != null && depth++ < 4) {
            sb.append('/').append(cause.getClass().getSimpleName());
            cause = cause.getCause();
        }
        if (e instanceof org.eclipse.angus.mail.smtp.SMTPSendFailedException smtp) {
            sb.append(" smtp=").append(smtp.getReturnCode());
        }
        return sb.toString();
    }

    String node() {
        return node;
    }

    @Override
    public void start() {
        if (!settings.senderEnabled()) {
            log.info("Background mail sender is switched off on this node (portal.mail.sender-enabled=false)");
            return;
        }
        scheduler = new ThreadPoolTaskScheduler();
        scheduler.setPoolSize(1);
        scheduler.setThreadNamePrefix("mail-sender-");
        scheduler.setDaemon(true);
        scheduler.initialize();
        scheduler.scheduleWithFixedDelay(this::poll, settings.pollInterval());
        outbox.whenQueued(this::nudge);
    }

    /** Mail was queued on this node: send it now rather than at the next poll. */
    private void nudge() {
        ThreadPoolTaskScheduler current = scheduler;
        if (current != null && nudged.compareAndSet(false, true)) {
            current.execute(() -> {
                nudged.set(false);
                poll();
            });
        }
    }

    private void poll() {
        try {
            appointments.queueDueReminders();
            sendDue();
        } catch (RuntimeException e) {
            log.warn("Mail sender round failed: {}", describe(e));
        }
    }

    @Override
    public void stop() {
        outbox.whenQueued(() -> {});
        if (scheduler != null) {
            scheduler.shutdown();
            scheduler = null;
        }
    }

    @Override
    public boolean isRunning() {
        return scheduler != null;
    }
}
