package nl.erkenningsportaal.contact;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A question in the officers' list: no text and no way to reach her until it is opened (which is audited). */
public record QuestionTask(long id, Instant createdAt, String language, ReplyMethod replyMethod, boolean closed,
        @Nullable QuestionOutcome outcome) {}
