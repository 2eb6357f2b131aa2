package nl.erkenningsportaal.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import nl.erkenningsportaal.IntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The mail server being down or hanging never touches the business action: the booking commits at once, the mail
 * waits in the outbox, and it is delivered when the server is back, without a restart.
 */
@IntegrationTest
@Import(TestBooking.Config.class)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class SmtpResilienceIT {

    static final int PORT = freePort();
    static GreenMail greenMail;

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> PORT);
        registry.add("spring.mail.properties.mail.smtp.connectiontimeout", () -> "1000");
        registry.add("spring.mail.properties.mail.smtp.timeout", () -> "1000");
        registry.add("spring.mail.properties.mail.smtp.writetimeout", () -> "1000");
        registry.add("portal.mail.sender-enabled", () -> "true");
        registry.add("portal.mail.poll-interval", () -> "100ms");
        registry.add("portal.mail.first-retry-delay", () -> "200ms");
        registry.add("portal.mail.max-retry-delay", () -> "500ms");
        registry.add("portal.mail.max-attempts", () -> "1000");
    }

    @Autowired
    ApplicationContext ctx;

    @Autowired
    TestBooking.Desk desk;

    @Autowired
    JavaMailSenderImpl mailSender;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    @BeforeAll
    static void startMailServer() {
        greenMail = start();
    }

    @AfterAll
    static void stopMailServer() {
        greenMail.stop();
    }

    @AfterEach
    void backToTheRealServer() {
        mailSender.setPort(PORT);
        if (!greenMail.isRunning()) {
            greenMail = start();
        }
    }

    static GreenMail start() {
        GreenMail server = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        return server;
    }

    Map<String, Object> mailRow(long accountId) {
        return jdbc.queryForMap("SELECT status, attempts, last_error FROM notification_mail WHERE account_id = ?",
                accountId);
    }

    long book(MailTestWorkers.Worker worker) {
        long started = System.nanoTime();
        desk.book(new TestBooking.Booked("r-" + UUID.randomUUID(), worker.id(),
                LocalDateTime.now(clock).plusDays(9).withSecond(0).withNano(0)));
        return (System.nanoTime() - started) / 1_000_000;
    }

    @Test
    void with_the_mail_server_down_the_booking_commits_and_the_mail_arrives_once_the_server_is_back()
            throws Exception {
        var worker = MailTestWorkers.withConfirmedEmail(ctx, Locale.of("nl"));
        greenMail.stop();

        long millis = book(worker);
        assertThat(millis).as("the booking does not wait for the mail server").isLessThan(1000);

        ReceivedMails.await(Duration.ofSeconds(20), () -> {
            List<Map<String, Object>> rows = jdbc.queryForList(
                    "SELECT attempts, status FROM notification_mail WHERE account_id = ?", worker.id());
            return !rows.isEmpty() && ((Number) rows.getFirst().get("attempts")).intValue() >= 2;
        });
        Map<String, Object> waiting = mailRow(worker.id());
        assertThat(waiting.get("status")).isIn("QUEUED", "SENDING");
        assertThat((String) waiting.get("last_error")).isNotBlank().doesNotContain("@");

        greenMail = start();
        ReceivedMails.await(Duration.ofSeconds(20), () -> !ReceivedMails.to(greenMail, worker.email()).isEmpty());
        assertThat(ReceivedMails.to(greenMail, worker.email())).singleElement()
                .satisfies(m -> assertThat(m.subject()).isEqualTo("Uw afspraak bij de GGD"));
        ReceivedMails.await(Duration.ofSeconds(5), () -> "SENT".equals(mailRow(worker.id()).get("status")));
    }

    @Test
    void a_server_that_accepts_and_never_answers_does_not_block_the_booking_and_the_sender_moves_on()
            throws Exception {
        var worker = MailTestWorkers.withConfirmedEmail(ctx, Locale.ENGLISH);
        List<Socket> held = new CopyOnWriteArrayList<>();
        try (ServerSocket silent = new ServerSocket(0)) {
            Thread acceptor = Thread.ofVirtual().start(() -> {
                while (!silent.isClosed()) {
                    try {
                        held.add(silent.accept()); // accept, then say nothing at all
                    } catch (IOException e) {
                        return;
                    }
                }
            });
            mailSender.setPort(silent.getLocalPort());

            long millis = book(worker);
            assertThat(millis).as("the booking does not wait for the mail server").isLessThan(1000);

            ReceivedMails.await(Duration.ofSeconds(20), () -> {
                List<Map<String, Object>> rows = jdbc.queryForList(
                        "SELECT last_error FROM notification_mail WHERE account_id = ?", worker.id());
                return !rows.isEmpty() && rows.getFirst().get("last_error") != null;
            });
            assertThat(held).as("the sender did connect to the silent server").isNotEmpty();
            assertThat((String) mailRow(worker.id()).get("last_error")).contains("Exception");
            acceptor.interrupt();
        } finally {
            for (Socket s : held) {
                s.close();
            }
        }

        mailSender.setPort(PORT);
        ReceivedMails.await(Duration.ofSeconds(20), () -> !ReceivedMails.to(greenMail, worker.email()).isEmpty());
        assertThat(ReceivedMails.to(greenMail, worker.email())).singleElement()
                .satisfies(m -> assertThat(m.subject()).isEqualTo("Your appointment at the GGD"));
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
