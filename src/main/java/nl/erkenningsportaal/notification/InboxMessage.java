package nl.erkenningsportaal.notification;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A message in a worker's portal inbox. Subject and body are translation keys with their arguments, rendered in the
 * reader's language when shown (see {@link MessageArguments}).
 */
public record InboxMessage(long id, String subjectKey, String bodyKey, List<String> arguments, Instant createdAt,
        @Nullable Instant readAt) {

    public InboxMessage {
        arguments = List.copyOf(arguments);
    }

    public boolean unread() {
        return readAt == null;
    }
}
