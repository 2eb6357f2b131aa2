package nl.erkenningsportaal.notification;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real SMTP server (GreenMail) on a free local port, for local runs without {@code spring.mail.host}. One per JVM:
 * several application contexts in one JVM (two "nodes" in a test) share it, as nodes share one mail server. Only
 * this class and {@link EmbeddedSmtpConfiguration} name GreenMail, which is not in the packaged jar; the rest of the
 * portal sees the server as a {@link MailCatcher}.
 */
public final class EmbeddedSmtp implements MailCatcher {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedSmtp.class);
    private static EmbeddedSmtp instance;

    private final GreenMail greenMail;
    private final int port;

    private EmbeddedSmtp(GreenMail greenMail, int port) {
        this.greenMail = greenMail;
        this.port = port;
    }

    static synchronized EmbeddedSmtp startOnce() {
        if (instance == null) {
            int port = freePort();
            GreenMail greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            greenMail.start();
            log.info("Embedded SMTP server (GreenMail) listening on 127.0.0.1:{}", port);
            instance = new EmbeddedSmtp(greenMail, port);
        }
        return instance;
    }

    public int port() {
        return port;
    }

    /** The server itself, for tests that read what arrived. */
    public GreenMail greenMail() {
        return greenMail;
    }

    /** What arrived, newest first. */
    @Override
    public List<ReceivedMail> received() {
        return Arrays.stream(greenMail.getReceivedMessages()).map(EmbeddedSmtp::summary)
                .sorted(Comparator.comparing(ReceivedMail::receivedAt).reversed()).toList();
    }

    private static ReceivedMail summary(MimeMessage message) {
        try {
            Address[] to = message.getAllRecipients();
            String recipients = to == null ? "" : Arrays.stream(to).map(Address::toString)
                    .collect(Collectors.joining(", "));
            Instant at = message.getReceivedDate() != null ? message.getReceivedDate().toInstant()
                    : message.getSentDate() != null ? message.getSentDate().toInstant() : Instant.EPOCH;
            return new ReceivedMail(String.valueOf(message.getSubject()), recipients, at);
        } catch (MessagingException e) {
            return new ReceivedMail("", "", Instant.EPOCH);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
