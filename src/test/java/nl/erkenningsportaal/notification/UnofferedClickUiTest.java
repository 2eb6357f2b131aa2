package nl.erkenningsportaal.notification;

import nl.erkenningsportaal.platform.Roles;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.EventData;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.internal.StateNode;
import com.vaadin.flow.server.communication.rpc.EventRpcHandler;
import java.lang.reflect.Constructor;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.erkenningsportaal.KaribuTest;
import nl.erkenningsportaal.platform.Roles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A click the server did not offer changes nothing (issue 22). The administrator's outgoing-mail page offers "try
 * again" for a dead or waiting mail, and hides it for a mail that is being sent. A client that sends the click for
 * the hidden button anyway — a UIDL event message for its node, handed to Vaadin's own RPC handling as the server
 * receives it — reaches nothing: the mail is not put back in the queue, nothing is audited, nothing is shown. The
 * same message for the offered button of a dead mail does put it back, so the message itself is a working click.
 * (The booking page's variant, a booking of another worker, waits for issue 17's component-built booking page.)
 */
class UnofferedClickUiTest extends KaribuTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    Notifications notifications;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    JdbcTemplate jdbc;

    private long dead;
    private long sending;

    @BeforeEach
    void twoMailsOneDeadOneBeingSent() {
        var worker = MailTestWorkers.withConfirmedEmail(ctx, Locale.of("nl"));
        tx.executeWithoutResult(s -> {
            notifications.tell(worker.id(), "GM0106", "notification.inbox.request-submitted", List.of());
            notifications.tell(worker.id(), "GM0106", "notification.inbox.request-submitted", List.of());
        });
        List<Long> mails = jdbc.queryForList("SELECT id FROM notification_mail WHERE account_id = ? ORDER BY id",
                Long.class, worker.id());
        dead = mails.get(0);
        sending = mails.get(1);
        jdbc.update("UPDATE notification_mail SET status = 'DEAD', attempts = 8 WHERE id = ?", dead);
        jdbc.update("UPDATE notification_mail SET status = 'SENDING', attempts = 1, "
                + "lease_until = UTC_TIMESTAMP() + INTERVAL 1 HOUR WHERE id = ?", sending);
    }

    @Test
    void a_click_for_the_hidden_try_again_button_of_a_mail_being_sent_changes_nothing() {
        login(Roles.ADMIN);
        UI.getCurrent().navigate("beheer/uitgaande-mail");
        Button hidden = retryButtonOf(sending);
        assertThat(hidden.isVisible()).as("the page does not offer it").isFalse();
        Row before = row(sending);
        int audited = retries(sending);
        NotificationsKt.clearNotifications();

        receiveClick(hidden);

        assertThat(row(sending)).as("the mail is still being sent, untouched").isEqualTo(before);
        assertThat(retries(sending)).as("nothing audited").isEqualTo(audited);
        NotificationsKt.expectNoNotifications();
    }

    @Test
    void the_same_click_message_for_an_offered_button_works() {
        login(Roles.ADMIN);
        UI.getCurrent().navigate("beheer/uitgaande-mail");
        Button offered = retryButtonOf(dead);
        assertThat(offered.isVisible()).isTrue();

        NotificationsKt.clearNotifications();

        receiveClick(offered);

        assertThat(row(dead).status()).isEqualTo("QUEUED");
        assertThat(retries(dead)).isEqualTo(1);
        NotificationsKt.expectNotifications("De e-mail staat weer in de wachtrij.");
    }

    /** The row's button as the page attached it (the grid renders it as a virtual child), found by its label. */
    private Button retryButtonOf(long mail) {
        // the rows a browser asks for, rendered (with their buttons) into the answer that goes to it: writing the
        // answer is when Vaadin takes note of what the browser was offered
        _get(Grid.class).getDataCommunicator().setRequestedRange(0, 100);
        MockVaadin.clientRoundtrip(false);
        UI.getCurrent().getInternals().getStateTree().collectChanges(change -> { });
        String label = "E-mail " + mail + " opnieuw proberen";
        List<Button> found = new ArrayList<>();
        UI.getCurrent().getElement().getNode().visitNodeTree(node -> component(node)
                .filter(c -> c instanceof Button b && b.getAriaLabel().filter(label::equals).isPresent())
                .ifPresent(c -> found.add((Button) c)));
        assertThat(found).as("the page holds the button for mail " + mail).hasSize(1);
        return found.getFirst();
    }

    private static Optional<com.vaadin.flow.component.Component> component(StateNode node) {
        try {
            return Element.get(node).getComponent();
        } catch (IllegalArgumentException notAnElement) {
            return Optional.empty();
        }
    }

    /**
     * The UIDL event message a browser sends for a click on {@code button}'s node — with every value a real click
     * carries — handled by Vaadin's RPC handling for events, as the server handles it in a request.
     */
    private static void receiveClick(Button button) {
        ObjectNode data = JSON.createObjectNode();
        for (Constructor<?> constructor : ClickEvent.class.getConstructors()) {
            for (Parameter parameter : constructor.getParameters()) {
                EventData expression = parameter.getAnnotation(EventData.class);
                if (expression != null) {
                    if (parameter.getType() == boolean.class) {
                        data.put(expression.value(), false);
                    } else {
                        data.put(expression.value(), 1);
                    }
                }
            }
        }
        ObjectNode message = JSON.createObjectNode();
        message.put("type", "event");
        message.put("node", button.getElement().getNode().getId());
        message.put("event", "click");
        message.set("data", data);
        new EventRpcHandler().handle(UI.getCurrent(), message).ifPresent(Runnable::run);
    }

    record Row(String status, int attempts) {}

    private Row row(long mail) {
        return jdbc.queryForObject("SELECT status, attempts FROM notification_mail WHERE id = ?",
                (rs, i) -> new Row(rs.getString("status"), rs.getInt("attempts")), mail);
    }

    private int retries(long mail) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE action = 'MAIL_RETRIED' AND subject = ?",
                Integer.class, Long.toString(mail));
    }
}
