package nl.erkenningsportaal.notification;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import nl.erkenningsportaal.IntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Measures the sender against a local SMTP server (GreenMail in this JVM): mails per second, and the delay from a
 * booking's commit to its mail arriving. Not part of {@code mvn verify}; run with
 * {@code mvn test -Dtest=MailBenchmark -Dsurefire.failIfNoSpecifiedTests=false}. Settings are the production
 * defaults (poll every 2 s, batches of 20) except the mail server's address.
 */
@IntegrationTest
@Import(TestBooking.Config.class)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class MailBenchmark {

    static final int PORT = SmtpResilienceIT.freePort();
    static final int MAILS = Integer.getInteger("benchmark.mails", 1000);
    static final int BOOKINGS = Integer.getInteger("benchmark.bookings", 50);
    static GreenMail greenMail;

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> PORT);
        registry.add("portal.mail.sender-enabled", () -> "true");
    }

    @Autowired
    ApplicationContext ctx;

    @Autowired
    MailOutbox outbox;

    @Autowired
    TestBooking.Desk desk;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    Clock clock;

    @BeforeAll
    static void start() {
        greenMail = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
    }

    @AfterAll
    static void stop() {
        greenMail.stop();
    }

    @Test
    void mails_per_second_to_a_local_smtp_server() throws Exception {
        List<MailTestWorkers.Worker> workers = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            workers.add(MailTestWorkers.withConfirmedEmail(ctx, Locale.of("nl")));
        }
        // warm up: one mail through the whole path
        tx.executeWithoutResult(s -> outbox.queue(workers.getFirst().id(), MailTemplate.PORTAL_MESSAGE,
                Locale.of("nl"), List.of("http://localhost:8080/berichten"), "GM0106", null, false));
        ReceivedMails.await(Duration.ofSeconds(30), () -> greenMail.getReceivedMessages().length >= 1);
        int before = greenMail.getReceivedMessages().length;

        long start = System.nanoTime();
        tx.executeWithoutResult(s -> {
            for (int n = 0; n < MAILS; n++) {
                outbox.queue(workers.get(n % workers.size()).id(), MailTemplate.PORTAL_MESSAGE, Locale.of("nl"),
                        List.of("http://localhost:8080/berichten"), "GM0106", null, false);
            }
        });
        ReceivedMails.await(Duration.ofMinutes(10), () -> greenMail.getReceivedMessages().length >= before + MAILS);
        double seconds = (System.nanoTime() - start) / 1e9;
        report(String.format("sender: %d mails in %.2f s = %.0f mails/s (one node, batches of 20)", MAILS, seconds,
                MAILS / seconds));
    }

    @Test
    void delay_from_a_bookings_commit_to_its_mail_arriving() throws Exception {
        var worker = MailTestWorkers.withConfirmedEmail(ctx, Locale.of("nl"));
        List<Double> delays = new ArrayList<>();
        for (int i = 0; i < BOOKINGS; i++) {
            int before = ReceivedMails.to(greenMail, worker.email()).size();
            desk.book(new TestBooking.Booked("bench-" + UUID.randomUUID(), worker.id(),
                    LocalDateTime.now(clock).plusDays(9).withSecond(0).withNano(0)));
            long committed = System.nanoTime();
            ReceivedMails.await(Duration.ofSeconds(30),
                    () -> greenMail.getReceivedMessages().length > 0
                            && ReceivedMails.to(greenMail, worker.email()).size() > before);
            delays.add((System.nanoTime() - committed) / 1e6);
        }
        Collections.sort(delays);
        report(String.format("commit to mail received over %d bookings: median %.0f ms, p95 %.0f ms, max %.0f ms",
                BOOKINGS, delays.get(delays.size() / 2), delays.get((int) Math.ceil(delays.size() * 0.95) - 1),
                delays.getLast()));
    }

    /** Prints a result and appends it to target/benchmarks/mail.md. */
    static void report(String line) throws java.io.IOException {
        System.out.printf("%nBENCHMARK %s%n%n", line);
        java.nio.file.Path file = java.nio.file.Path.of("target/benchmarks/mail.md");
        java.nio.file.Files.createDirectories(file.getParent());
        java.nio.file.Files.writeString(file, "- " + java.time.Instant.now() + " " + line + "\n",
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
    }
}
