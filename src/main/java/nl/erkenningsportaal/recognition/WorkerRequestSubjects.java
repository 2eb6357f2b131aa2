package nl.erkenningsportaal.recognition;

import java.util.List;
import nl.erkenningsportaal.account.CurrentUser;
import nl.erkenningsportaal.audit.OwnSubjects;
import org.springframework.stereotype.Component;

/** Tells the audit trail which requests belong to the signed-in worker, for "who looked at my data". */
@Component
class WorkerRequestSubjects implements OwnSubjects {

    private final RecognitionRequestRepository requests;
    private final CurrentUser currentUser;

    WorkerRequestSubjects(RecognitionRequestRepository requests, CurrentUser currentUser) {
        this.requests = requests;
        this.currentUser = currentUser;
    }

    @Override
    public List<String> ownSubjects(String subjectType) {
        if (!"REQUEST".equals(subjectType)) {
            return List.of();
        }
        return requests.findByWorkerAccountIdOrderBySubmittedAtDesc(currentUser.require().id()).stream()
                .map(r -> Long.toString(r.id)).toList();
    }
}
