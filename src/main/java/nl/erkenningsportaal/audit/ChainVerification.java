package nl.erkenningsportaal.audit;

import java.util.OptionalLong;

/** The outcome of checking the hash chain: intact, or the first entry whose hash does not match. */
public record ChainVerification(long entriesChecked, OptionalLong firstBrokenSequence) {
    public boolean intact() {
        return firstBrokenSequence.isEmpty();
    }
}
