package nl.erkenningsportaal.consultation.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.EventData;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.NativeDetails;
import com.vaadin.flow.internal.nodefeature.ElementListenerMap;
import com.vaadin.flow.server.communication.rpc.EventRpcHandler;
import java.lang.reflect.Constructor;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import nl.erkenningsportaal.KaribuTest;
import nl.erkenningsportaal.account.SignedInUser;
import nl.erkenningsportaal.account.TestAccounts;
import nl.erkenningsportaal.consultation.BookingRequest;
import nl.erkenningsportaal.consultation.ConsultationFixtures;
import nl.erkenningsportaal.consultation.WorkerBookingService;
import nl.erkenningsportaal.platform.Roles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A click the server did not offer changes nothing (issue 22), on the booking page: a worker's page offers "cancel"
 * and "move" only for her own bookings, each bound to its booking on the server. A client that sends Vaadin's UIDL
 * event messages anyway — the node of another worker's "cancel" button taken from that worker's page, or a click and
 * a "yes" for every node of her own page — cannot cancel or move the other worker's booking. The same messages do
 * cancel her own booking, so they are working clicks. (The hidden and disabled buttons of other pages are covered by
 * {@code notification.UnofferedClickUiTest} and {@code browser.UnofferedClickBrowserIT}.)
 */
class BookingUnofferedClickUiTest extends KaribuTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    ConsultationFixtures fixtures;

    @Autowired
    WorkerBookingService bookings;

    @Autowired
    JdbcTemplate jdbc;

    record Row(String status, long slot) {}

    private Row row(long booking) {
        return jdbc.queryForObject("SELECT status, slot_id FROM consultation_booking WHERE id = ?",
                (rs, i) -> new Row(rs.getString("status"), rs.getLong("slot_id")), booking);
    }

    /** Another worker's booking of the first time of a new session with places to spare (to move to, too). */
    private long othersBooking(long slot) {
        SignedInUser other = accounts.create(Roles.WORKER, null);
        TestAccounts.signIn(other);
        bookings.book(new BookingRequest(slot, "GM0106", "nl", false, null, null));
        TestAccounts.signIn(other);
        long id = bookings.myBookings().getFirst().id();
        TestAccounts.signOut();
        return id;
    }

    @Test
    void the_node_of_another_workers_cancel_button_sent_from_her_own_page_reaches_nothing() {
        long slot = fixtures.firstSlot(fixtures.sessionNextWeek(3));
        // the other worker's page, with her "cancel" button: its node id is what a tampered client would send
        SignedInUser other = login(Roles.WORKER, null);
        bookings.book(new BookingRequest(slot, "GM0106", "nl", false, null, null));
        TestAccounts.signIn(other);
        long othersBooking = bookings.myBookings().getFirst().id();
        UI.getCurrent().navigate("spreekuur");
        int othersCancel = node(cancelButtons().getFirst());
        Row before = row(othersBooking);

        // she signs in (the same browser tab, a new page) and books a time of her own
        logout();
        SignedInUser her = login(Roles.WORKER, null);
        bookings.book(new BookingRequest(slot, "GM0106", "nl", false, null, null));
        TestAccounts.signIn(her);
        long hers = bookings.myBookings().getFirst().id();
        UI.getCurrent().navigate("spreekuur");

        receive(event(othersCancel, "click", clickData()));
        confirmEveryQuestion();
        assertThat(row(othersBooking)).as("the other worker's booking is untouched").isEqualTo(before);
        assertThat(row(hers).status()).isEqualTo("BOOKED");

        // the same message for the button her page offers does cancel her own booking
        receive(event(node(cancelButtons().getFirst()), "click", clickData()));
        confirmEveryQuestion();
        assertThat(row(hers).status()).isEqualTo("CANCELLED");
        assertThat(row(othersBooking)).isEqualTo(before);
    }

    @Test
    void a_click_and_a_yes_for_every_node_of_her_page_never_cancel_or_move_another_workers_booking() {
        long slot = fixtures.firstSlot(fixtures.sessionNextWeek(3));
        long othersBooking = othersBooking(slot);
        Row before = row(othersBooking);
        SignedInUser her = login(Roles.WORKER, null);
        bookings.book(new BookingRequest(slot, "GM0106", "nl", false, null, null));
        TestAccounts.signIn(her);
        long hers = bookings.myBookings().getFirst().id();
        UI.getCurrent().navigate("spreekuur");
        _find(NativeDetails.class).forEach(KaribuTest::toggleInBrowser);

        // every node the page holds gets a click, and every question it asks a "yes", round after round as dialogs
        // (moving, booking, cancelling) open with nodes of their own
        Set<Integer> clicked = new LinkedHashSet<>();
        for (int round = 0; round < 3; round++) {
            for (int node : nodes()) {
                if (clicked.add(node)) {
                    receive(event(node, "click", clickData()));
                    confirmEveryQuestion();
                }
            }
        }
        assertThat(clicked).as("the page was clicked all over").hasSizeGreaterThan(20);
        assertThat(row(othersBooking)).as("the other worker's booking is neither cancelled nor moved")
                .isEqualTo(before);
        assertThat(row(hers)).as("her own booking was reachable").isNotEqualTo(new Row("BOOKED", slot));
    }

    // ---- the page as a client sees it

    private static List<Button> cancelButtons() {
        return _find(Button.class).stream().filter(b -> b.getAriaLabel().orElse("").startsWith("Afzeggen ")).toList();
    }

    private static int node(Component c) {
        return c.getElement().getNode().getId();
    }

    /** The ids of every element node of the booking page now (its dialogs included; not the menu's sign-out). */
    private static List<Integer> nodes() {
        List<Integer> ids = new ArrayList<>();
        _get(BookConsultationView.class).getElement().getNode().visitNodeTree(node -> {
            // an element that can receive DOM events (not a text node or a property's node)
            if (node.hasFeature(ElementListenerMap.class)) {
                ids.add(node.getId());
            }
        });
        return ids;
    }

    /** Says "yes" to every open confirm dialog, with the dialog's own UIDL event. */
    private static void confirmEveryQuestion() {
        for (ConfirmDialog asked : _find(ConfirmDialog.class)) {
            if (asked.isOpened()) {
                receive(event(node(asked), "confirm", JSON.createObjectNode()));
            }
        }
    }

    /** Every value a browser's click event carries, as the UIDL message holds them. */
    private static ObjectNode clickData() {
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
        return data;
    }

    private static ObjectNode event(int node, String name, ObjectNode data) {
        ObjectNode message = JSON.createObjectNode();
        message.put("type", "event");
        message.put("node", node);
        message.put("event", name);
        message.set("data", data);
        return message;
    }

    /** The message handled by Vaadin's RPC handling for events, as the server handles it in a request. */
    private static void receive(ObjectNode message) {
        new EventRpcHandler().handle(UI.getCurrent(), message).ifPresent(Runnable::run);
    }
}
