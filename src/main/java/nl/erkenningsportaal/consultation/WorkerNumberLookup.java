package nl.erkenningsportaal.consultation;

import java.util.Optional;

/** Supplied by the recognition module: a recognised worker's booking shows their number instead of the code. */
public interface WorkerNumberLookup {
    Optional<String> recognitionNumberOf(long workerAccountId);
}
