package nl.erkenningsportaal.recognition;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A row of the officer's worklist: no identity, which only opens (audited) on the request page. {@code assigneeId}
 * is the officer who owns it (null: nobody yet).
 */
public record RequestSummary(long id, RequestStatus status, Instant submittedAt, String origin,
        boolean renewalRequested, @Nullable LocalDate validUntil, @Nullable Long assigneeId) {}
