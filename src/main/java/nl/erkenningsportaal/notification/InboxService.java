package nl.erkenningsportaal.notification;

import java.time.Clock;
import java.util.List;
import nl.erkenningsportaal.account.CurrentUser;
import nl.erkenningsportaal.platform.Refusal;
import nl.erkenningsportaal.platform.Roles;
import nl.erkenningsportaal.privacy.FieldCipher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The worker's portal inbox. Every notification lands here, also for a worker without e-mail. Messages hold
 * translation keys and arguments, so the worker reads them in the language they use when they read. The arguments (a
 * time, a GGD location, the GGD's own words) are stored encrypted ({@link #ARGUMENTS}).
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('" + Roles.WORKER + "')")
public class InboxService {

    static final int KEY_MAX = 100;
    static final int ARGUMENTS_MAX = 2000;
    /** The encryption context of a message's arguments: a value copied into another column does not decrypt. */
    static final String ARGUMENTS = "inbox_message.arguments";

    private final InboxMessageRepository messages;
    private final CurrentUser currentUser;
    private final FieldCipher cipher;
    private final Clock clock;

    InboxService(InboxMessageRepository messages, CurrentUser currentUser, FieldCipher cipher, Clock clock) {
        this.messages = messages;
        this.currentUser = currentUser;
        this.cipher = cipher;
        this.clock = clock;
    }

    /**
     * Puts a message in {@code accountId}'s inbox. Open to any caller, also an event listener without a signed-in
     * user: it only ever writes to the given account, and the caller decides who is told.
     */
    @Transactional
    @PreAuthorize("permitAll()")
    public void deliver(long accountId, String subjectKey, String bodyKey, List<String> arguments) {
        if (!validKey(subjectKey) || !validKey(bodyKey)) {
            throw new IllegalArgumentException("invalid translation key");
        }
        String json = MessageArguments.toJson(arguments);
        if (json.length() > ARGUMENTS_MAX) {
            throw new IllegalArgumentException("arguments too long");
        }
        messages.save(new InboxMessageEntity(accountId, subjectKey, bodyKey, cipher.encrypt(json, ARGUMENTS),
                clock.instant()));
    }

    /** The signed-in worker's own messages, newest first. */
    public List<InboxMessage> myMessages() {
        return messages.findByAccountIdOrderByCreatedAtDescIdDesc(currentUser.require().id()).stream()
                .map(m -> m.toRecord(stored -> cipher.decrypt(stored, ARGUMENTS))).toList();
    }

    public long myUnreadCount() {
        return messages.countByAccountIdAndReadAtIsNull(currentUser.require().id());
    }

    /** Marks one of the worker's own messages read; someone else's message does not exist for them. */
    @Transactional
    public void markRead(long messageId) {
        InboxMessageEntity message = messages.findByIdAndAccountId(messageId, currentUser.require().id())
                .orElseThrow(() -> new Refusal("error.not-found"));
        message.markRead(clock.instant());
    }

    private static boolean validKey(String key) {
        return !key.isBlank() && key.length() <= KEY_MAX && key.matches("[a-z][a-z0-9._-]*");
    }
}
