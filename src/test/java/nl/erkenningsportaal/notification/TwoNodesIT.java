package nl.erkenningsportaal.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.erkenningsportaal.Application;
import nl.erkenningsportaal.IntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two application nodes on one database and one mail server, both running the sender as fast as they can: every
 * mail arrives exactly once.
 */
@IntegrationTest
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class TwoNodesIT {

    static final int PORT = SmtpResilienceIT.freePort();
    static final String[] NODE_PROPERTIES = {"spring.mail.host=127.0.0.1", "spring.mail.port=" + PORT,
        "portal.mail.sender-enabled=true", "portal.mail.poll-interval=20ms", "portal.mail.batch-size=5"};
    static GreenMail greenMail;
    static ConfigurableApplicationContext secondNode;

    @DynamicPropertySource
    static void sameMailServer(DynamicPropertyRegistry registry) {
        for (String p : NODE_PROPERTIES) {
            String[] kv = p.split("=", 2);
            registry.add(kv[0], () -> kv[1]);
        }
    }

    @Autowired
    ApplicationContext ctx;

    @Autowired
    MailOutbox outbox;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeAll
    static void start() {
        greenMail = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
        // command-line arguments: they override application-test.properties (which switches the sender off)
        List<String> args = new ArrayList<>(List.of(NODE_PROPERTIES).stream().map(p -> "--" + p).toList());
        args.add("--server.port=0");
        secondNode = new SpringApplicationBuilder(Application.class).profiles("test").properties("server.port=0")
                .run(args.toArray(String[]::new));
    }

    @AfterAll
    static void stop() {
        if (secondNode != null) {
            secondNode.close();
        }
        greenMail.stop();
    }

    @Test
    void every_mail_arrives_exactly_once_when_two_nodes_send() throws Exception {
        int workers = 10;
        int perWorker = 20;
        List<MailTestWorkers.Worker> recipients = new ArrayList<>();
        for (int i = 0; i < workers; i++) {
            recipients.add(MailTestWorkers.withConfirmedEmail(ctx, Locale.of("nl")));
        }
        Set<String> expected = new HashSet<>();
        tx.executeWithoutResult(s -> {
            for (MailTestWorkers.Worker w : recipients) {
                for (int n = 0; n < perWorker; n++) {
                    String link = "http://localhost:8080/berichten?m=" + w.id() + "x" + n;
                    expected.add(link);
                    outbox.queue(w.id(), MailTemplate.PORTAL_MESSAGE, Locale.of("nl"), List.of(link), "GM0106",
                            null, false);
                }
            }
        });

        String accounts = String.join(",", recipients.stream().map(w -> Long.toString(w.id())).toList());
        await().atMost(Duration.ofSeconds(60)).until(() -> jdbc.queryForObject("SELECT COUNT(*) FROM "
                + "notification_mail WHERE status <> 'SENT' AND account_id IN (" + accounts + ")", Integer.class) == 0);
        // and no late duplicate follows: the count holds for a second
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(10))
                .until(() -> received(recipients).size() == expected.size());
        List<String> links = received(recipients);
        assertThat(links).hasSize(expected.size());
        assertThat(new HashSet<>(links)).isEqualTo(expected);

        List<String> nodes = jdbc.queryForList("SELECT DISTINCT claimed_by FROM notification_mail WHERE account_id IN ("
                + accounts + ")", String.class);
        System.out.println("Two-node test: mails were sent by " + nodes.size() + " node(s): " + nodes);
        assertThat(nodes).as("both nodes took part in sending").hasSize(2);
    }

    static final Pattern LINK = Pattern.compile("berichten\\?m=\\d+x\\d+");

    static List<String> received(List<MailTestWorkers.Worker> recipients) {
        List<String> links = new ArrayList<>();
        for (MailTestWorkers.Worker w : recipients) {
            for (ReceivedMails.Mail m : ReceivedMails.to(greenMail, w.email())) {
                Matcher matcher = LINK.matcher(m.text());
                if (matcher.find()) {
                    links.add("http://localhost:8080/" + matcher.group());
                }
            }
        }
        return links;
    }
}
