package nl.erkenningsportaal.notification;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BooleanSupplier;

/** Reads what a real SMTP server (GreenMail) received: subject, sender name, and every text part decoded. */
final class ReceivedMails {

    record Mail(String subject, String fromName, String to, String text, String html, List<String> calendars) {
        String all() {
            return subject + "\n" + fromName + "\n" + text + "\n" + html + "\n"
                    + String.join("\n", calendars.stream().map(MailTemplatesTest::shownInCalendar).toList());
        }
    }

    private ReceivedMails() {}

    static List<Mail> to(GreenMail greenMail, String address) {
        return Arrays.stream(greenMail.getReceivedMessages())
                .filter(m -> recipients(m).contains(address))
                .map(ReceivedMails::read).toList();
    }

    static Mail read(MimeMessage message) {
        try {
            List<String> texts = new ArrayList<>();
            List<String> htmls = new ArrayList<>();
            List<String> calendars = new ArrayList<>();
            collect(message, texts, htmls, calendars);
            InternetAddress from = (InternetAddress) message.getFrom()[0];
            return new Mail(message.getSubject(), from.getPersonal(), recipients(message), String.join("\n", texts),
                    String.join("\n", htmls), calendars);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void collect(Part part, List<String> texts, List<String> htmls, List<String> calendars)
            throws Exception {
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                collect(child, texts, htmls, calendars);
            }
        } else if (part.isMimeType("text/calendar")) {
            Object content = part.getContent();
            calendars.add(content instanceof InputStream in ? new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    : content.toString());
        } else if (part.isMimeType("text/html")) {
            htmls.add(part.getContent().toString());
        } else if (part.isMimeType("text/plain")) {
            texts.add(part.getContent().toString());
        }
    }

    private static String recipients(MimeMessage message) {
        try {
            return Arrays.stream(message.getAllRecipients()).map(Object::toString).reduce("", String::concat);
        } catch (Exception e) {
            return "";
        }
    }

    static void await(Duration timeout, BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("condition not met within " + timeout);
            }
            Thread.sleep(25);
        }
    }
}
