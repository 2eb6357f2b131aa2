package nl.erkenningsportaal.notification;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A mail in the outbox as an administrator sees it: no address, no text, only what helps to fix a delivery. */
public record OutboxMail(long id, long accountId, MailTemplate template, String language, MailStatus status,
        int attempts, Instant nextAttemptAt, @Nullable String lastError, Instant createdAt) {}
