package nl.erkenningsportaal.notification.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Locale;
import nl.erkenningsportaal.KaribuTest;
import nl.erkenningsportaal.account.SignedInUser;
import nl.erkenningsportaal.notification.InboxService;
import nl.erkenningsportaal.platform.Roles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class InboxViewUiTest extends KaribuTest {

    static final String SUBJECT = "notification.inbox.request-submitted.subject";
    static final String BODY = "notification.inbox.request-submitted.body";

    @Autowired
    InboxService inbox;

    @Test
    void a_delivered_message_reads_in_dutch_and_opening_it_marks_it_read() {
        SignedInUser worker = login(Roles.WORKER);
        inbox.deliver(worker.id(), SUBJECT, BODY, List.of());
        UI.getCurrent().navigate("berichten");

        assertThat(_get(Span.class, spec -> spec.withClasses("portal-inbox-subject")).getText())
                .isEqualTo("Uw aanvraag is ontvangen");
        _get(Span.class, spec -> spec.withText("Nieuw"));
        _get(Paragraph.class, spec -> spec.withText("Ongelezen berichten: 1"));

        _get(Details.class).setOpened(true);
        assertThat(_find(Span.class, spec -> spec.withText("Nieuw"))).isEmpty();
        _get(Paragraph.class, spec -> spec.withText("Ongelezen berichten: 0"));
        assertThat(inbox.myUnreadCount()).isZero();
    }

    @Test
    void the_same_message_reads_in_english_for_a_worker_who_reads_english() {
        SignedInUser worker = login(Roles.WORKER);
        inbox.deliver(worker.id(), SUBJECT, BODY, List.of());
        locale(Locale.ENGLISH);
        UI.getCurrent().navigate("berichten");

        assertThat(_get(Span.class, spec -> spec.withClasses("portal-inbox-subject")).getText())
                .isEqualTo("We received your request");
        _get(Paragraph.class, spec -> spec.withText(
                "We received your request. An officer of your municipality will contact you for a conversation."));
        _get(Span.class, spec -> spec.withText("New"));
    }

    @Test
    void a_worker_sees_only_their_own_messages() {
        SignedInUser other = accounts.create(Roles.WORKER, null);
        inbox.deliver(other.id(), SUBJECT, BODY, List.of());
        login(Roles.WORKER);
        UI.getCurrent().navigate("berichten");
        assertThat(_find(Details.class)).isEmpty();
        _get(Paragraph.class, spec -> spec.withText("U heeft nog geen berichten."));
    }
}
