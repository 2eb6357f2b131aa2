package nl.erkenningsportaal.notification;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A mail in the outbox as an administrator sees it: no address, no text, only what helps to fix a delivery.
 * {@code accountId} is null for a mail to someone without an account.
 */
public record OutboxMail(long id, @Nullable Long accountId, MailTemplate template, String language, MailStatus status,
        int attempts, Instant nextAttemptAt, @Nullable String lastError, Instant createdAt) {}
