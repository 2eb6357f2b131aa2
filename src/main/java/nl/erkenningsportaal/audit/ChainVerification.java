package nl.erkenningsportaal.audit;

import java.time.Instant;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;

/**
 * The outcome of checking the hash chain: intact, or the first entry whose hash does not match. Once old entries
 * were pruned, the check starts at the newest {@code checkpoint}.
 */
public record ChainVerification(long entriesChecked, OptionalLong firstBrokenSequence,
        @Nullable Checkpoint checkpoint) {

    public boolean intact() {
        return firstBrokenSequence.isEmpty();
    }

    /** The last pruned entry: its sequence, its hash (where the chain goes on) and when it was written. */
    public record Checkpoint(long sequence, String hash, Instant occurredAt) {}
}
