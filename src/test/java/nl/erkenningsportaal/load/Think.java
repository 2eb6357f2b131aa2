package nl.erkenningsportaal.load;

import java.util.concurrent.ThreadLocalRandom;

/** A user's think time between actions: uniform between min and max; stops pausing once the phase is over. */
record Think(long minMillis, long maxMillis, long deadlineNanos) {

    static final class PhaseOver extends RuntimeException {
        PhaseOver() {
            super(null, null, false, false);
        }
    }

    void pause() throws InterruptedException {
        long millis = maxMillis <= minMillis ? minMillis
                : ThreadLocalRandom.current().nextLong(minMillis, maxMillis + 1);
        Thread.sleep(millis);
        if (System.nanoTime() > deadlineNanos) {
            throw new PhaseOver();
        }
    }
}
