package nl.erkenningsportaal.notification;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import nl.erkenningsportaal.KaribuTest;
import nl.erkenningsportaal.TestClock;
import nl.erkenningsportaal.platform.Roles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A mail the SMTP server keeps refusing is tried again later and later, and after its last attempt it is dead: the
 * administrator sees it on the outgoing-mail page (without an address), offers it again, and then it arrives. Every
 * attempt is a real one against a port that refuses connections; the clock moves instead of the test waiting out
 * the back-off.
 */
class DeadMailUiTest extends KaribuTest {

    @Autowired
    MailDispatcher dispatcher;

    @Autowired
    Notifications notifications;

    @Autowired
    MailSettings settings;

    @Autowired
    JavaMailSenderImpl mailSender;

    @Autowired
    EmbeddedSmtp smtp;

    @Autowired
    TestClock clock;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void backToTheRealServer() {
        mailSender.setPort(smtp.port());
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_mail_refused_at_every_attempt_is_dead_after_the_last_and_arrives_once_an_admin_offers_it_again() {
        var worker = MailTestWorkers.withConfirmedEmail(ctx, Locale.of("nl"));
        // a month back, the sender finds only this test's mail due: other tests' waiting mail lies in its future
        clock.shift(Duration.ofDays(-30));
        tx.executeWithoutResult(s -> notifications.tell(worker.id(), "GM0106",
                "notification.inbox.request-submitted", List.of()));
        long mail = jdbc.queryForObject("SELECT id FROM notification_mail WHERE account_id = ? AND template = ?",
                Long.class, worker.id(), MailTemplate.PORTAL_MESSAGE.name());
        mailSender.setPort(refusingPort());

        for (int attempt = 1; attempt < settings.maxAttempts(); attempt++) {
            dispatcher.sendDue();
            Outbox waiting = row(mail);
            assertThat(waiting.status()).as("after attempt " + attempt).isEqualTo("QUEUED");
            assertThat(waiting.attempts()).isEqualTo(attempt);
            Duration delay = settings.retryDelay(attempt);
            assertThat(Duration.between(clock.instant(), waiting.nextAttempt()))
                    .as("the next attempt waits longer after every failure").isCloseTo(delay, Duration.ofSeconds(5));
            dispatcher.sendDue();
            assertThat(row(mail).attempts()).as("not tried again before its time").isEqualTo(attempt);
            clock.advance(delay);
        }
        dispatcher.sendDue();
        Outbox dead = row(mail);
        assertThat(dead.status()).isEqualTo("DEAD");
        assertThat(dead.attempts()).isEqualTo(settings.maxAttempts());
        assertThat(dead.lastError()).contains("Connect").doesNotContain("@");
        clock.advance(Duration.ofDays(1));
        dispatcher.sendDue();
        assertThat(row(mail)).as("a dead mail is not tried again by itself").isEqualTo(dead);

        // back in the present, with the mail server working again, the administrator finds it and offers it again
        clock.reset();
        mailSender.setPort(smtp.port());
        login(Roles.ADMIN);
        UI.getCurrent().navigate("beheer/uitgaande-mail");
        Grid<OutboxMail> grid = _get(Grid.class);
        List<OutboxMail> rows = GridKt._findAll(grid);
        int row = rows.stream().filter(m -> m.id() == mail).findFirst().map(rows::indexOf).orElseThrow();
        assertThat(GridKt._getFormattedRow(grid, row)).contains("Niet bezorgd", "PORTAL_MESSAGE",
                Integer.toString(settings.maxAttempts()), dead.lastError())
                .noneMatch(cell -> cell.contains(worker.email()));
        Button retry = (Button) GridKt._getCellComponent(grid, row, "actions");
        assertThat(retry.getAriaLabel()).contains("E-mail " + mail + " opnieuw proberen");
        _click(retry);
        assertThat(row(mail).status()).isEqualTo("QUEUED");
        assertThat(row(mail).attempts()).isZero();

        dispatcher.sendDue();
        assertThat(ReceivedMails.to(smtp.greenMail(), worker.email())).extracting(ReceivedMails.Mail::subject)
                .containsOnlyOnce("Nieuw bericht in uw portaal");
        assertThat(row(mail).status()).isEqualTo("SENT");
    }

    /** The outbox row as the sender left it (instants are stored in UTC). */
    record Outbox(String status, int attempts, Instant nextAttempt, String lastError) {}

    private Outbox row(long mail) {
        return jdbc.queryForObject("SELECT status, attempts, next_attempt_at, last_error FROM notification_mail "
                + "WHERE id = ?", (rs, i) -> new Outbox(rs.getString("status"), rs.getInt("attempts"),
                        rs.getObject("next_attempt_at", LocalDateTime.class).toInstant(ZoneOffset.UTC),
                        rs.getString("last_error")), mail);
    }

    /** A port nothing listens on: every connection is refused at once. */
    private static int refusingPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
