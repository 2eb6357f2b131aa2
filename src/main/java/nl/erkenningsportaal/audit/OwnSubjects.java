package nl.erkenningsportaal.audit;

import java.util.List;

/**
 * Implemented by a module whose subjects belong to a signed-in worker (recognition: the worker's own requests), so
 * the audit trail can show a worker who looked at their data without trusting ids the caller passes in.
 */
public interface OwnSubjects {

    /** The subjects of {@code subjectType} that belong to the signed-in user; empty for other types. */
    List<String> ownSubjects(String subjectType);
}
