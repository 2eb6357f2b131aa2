package nl.erkenningsportaal.audit;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One entry of the append-only trail. {@code subject} is a reference (a request id), never a name. */
public record AuditEntry(
        long sequence,
        Instant occurredAt,
        String actor,
        String actorRole,
        @Nullable String actorMunicipality,
        AuditAction action,
        String subjectType,
        String subject,
        @Nullable String reason,
        String previousHash,
        String hash) {}
