package nl.erkenningsportaal.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import nl.erkenningsportaal.IntegrationTest;
import nl.erkenningsportaal.account.SignedInUser;
import nl.erkenningsportaal.account.TestAccounts;
import nl.erkenningsportaal.platform.Refusal;
import nl.erkenningsportaal.platform.Roles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authorization.AuthorizationDeniedException;

@IntegrationTest
class InboxServiceTest {

    static final String SUBJECT = "notification.inbox.request-submitted.subject";
    static final String BODY = "notification.inbox.request-submitted.body";

    @Autowired
    InboxService inbox;

    @Autowired
    TestAccounts accounts;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @Test
    void a_worker_never_sees_or_reads_another_workers_messages() {
        SignedInUser alice = accounts.create(Roles.WORKER, null);
        SignedInUser bob = accounts.create(Roles.WORKER, null);
        inbox.deliver(alice.id(), SUBJECT, BODY, List.of("for-alice"));
        inbox.deliver(bob.id(), SUBJECT, BODY, List.of("for-bob"));

        TestAccounts.signIn(bob);
        List<InboxMessage> bobs = inbox.myMessages();
        assertThat(bobs).hasSize(1).allMatch(m -> m.arguments().equals(List.of("for-bob")));
        long bobsId = bobs.getFirst().id();

        TestAccounts.signIn(alice);
        List<InboxMessage> alices = inbox.myMessages();
        assertThat(alices).extracting(InboxMessage::arguments).containsExactly(List.of("for-alice"));
        assertThatThrownBy(() -> inbox.markRead(bobsId)).isInstanceOf(Refusal.class)
                .extracting(e -> ((Refusal) e).messageKey()).isEqualTo("error.not-found");

        TestAccounts.signIn(bob);
        assertThat(inbox.myUnreadCount()).as("alice's attempt did not mark bob's message read").isEqualTo(1);
    }

    @Test
    void messages_come_newest_first_and_reading_one_lowers_the_unread_count() {
        SignedInUser worker = accounts.create(Roles.WORKER, null);
        inbox.deliver(worker.id(), SUBJECT, BODY, List.of("first"));
        inbox.deliver(worker.id(), SUBJECT, BODY, List.of("second"));
        TestAccounts.signIn(worker);
        List<InboxMessage> messages = inbox.myMessages();
        assertThat(messages).extracting(m -> m.arguments().getFirst()).containsExactly("second", "first");
        assertThat(inbox.myUnreadCount()).isEqualTo(2);

        inbox.markRead(messages.getLast().id());
        inbox.markRead(messages.getLast().id());
        assertThat(inbox.myUnreadCount()).isEqualTo(1);
        assertThat(inbox.myMessages().getLast().unread()).isFalse();
    }

    @Test
    void delivering_needs_no_signed_in_user_but_reading_needs_a_worker() {
        SignedInUser worker = accounts.create(Roles.WORKER, null);
        inbox.deliver(worker.id(), SUBJECT, BODY, List.of());
        assertThatThrownBy(() -> inbox.myMessages()).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        accounts.signInAs(Roles.OFFICER, "GM0106");
        assertThatThrownBy(() -> inbox.myMessages()).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> inbox.markRead(1)).isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    void a_message_stores_keys_not_text_and_refuses_a_malformed_key() {
        SignedInUser worker = accounts.create(Roles.WORKER, null);
        assertThatThrownBy(() -> inbox.deliver(worker.id(), "Plain text subject", BODY, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
