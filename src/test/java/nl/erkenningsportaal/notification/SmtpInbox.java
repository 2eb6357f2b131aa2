package nl.erkenningsportaal.notification;

import java.util.List;
import org.springframework.context.ApplicationContext;

/**
 * For tests outside this package (the browser stories): sends the mail that is due, through the real sender, to the
 * embedded SMTP server (GreenMail) and reads what that server received for one address. Tests switch the background
 * sender off, so a test sends when it wants to read.
 */
public final class SmtpInbox {

    /** One received mail: subject, the sender's display name, text and HTML parts, and the calendar (.ics) parts. */
    public record Received(String subject, String fromName, String text, String html, List<String> calendars) {}

    private SmtpInbox() {}

    /** Sends what is due and returns every mail the SMTP server received for {@code address}, oldest first. */
    public static List<Received> sendAndRead(ApplicationContext ctx, String address) {
        ctx.getBean(MailDispatcher.class).sendDue();
        return ReceivedMails.to(ctx.getBean(EmbeddedSmtp.class).greenMail(), address).stream()
                .map(m -> new Received(m.subject(), m.fromName(), m.text(), m.html(), m.calendars())).toList();
    }
}
