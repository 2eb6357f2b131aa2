package nl.erkenningsportaal.privacy;

import java.time.Clock;

/**
 * Carries out a module's retention rules. The {@link RetentionRunner} runs every job daily, once across nodes;
 * tests run a job with a clock of their own. A job erases each item (a request with its notes, a signal with its
 * notes, an account with everything in it) in a transaction of its own with {@link RetentionWork}, so a failure
 * leaves nothing half erased, and what failed is tried again at the next run.
 */
public interface RetentionJob {

    /** The name that the job's {@link RetentionRule}s give as their {@code job}. */
    String name();

    /** Erases whatever the job's rules say is due at {@code clock}'s now. */
    void run(Clock clock);
}
