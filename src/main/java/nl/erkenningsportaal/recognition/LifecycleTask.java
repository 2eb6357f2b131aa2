package nl.erkenningsportaal.recognition;

import java.time.Instant;

/**
 * Something in the officer's worklist that waits for her municipality after a first request: an objection, a proposed
 * correction, a renewal (by request id) or a transfer from another municipality (by transfer id). No identity.
 */
public record LifecycleTask(Kind kind, long id, Instant since, String state) {

    public enum Kind {
        OBJECTION,
        CORRECTION,
        RENEWAL,
        TRANSFER
    }
}
