package nl.erkenningsportaal.contact;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A question opened by an officer (audited): the text, the language and the way to answer; {@code replyTo} is gone
 * once the question is closed, and the whole question {@code erasedAfter}.
 */
public record QuestionDetails(long id, Instant createdAt, String language, ReplyMethod replyMethod,
        @Nullable String replyTo, String message, boolean closed, @Nullable QuestionOutcome outcome,
        @Nullable String answer, Instant erasedAfter) {}
