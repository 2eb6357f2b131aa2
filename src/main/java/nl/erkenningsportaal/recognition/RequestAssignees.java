package nl.erkenningsportaal.recognition;

import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who owns a request, for the notification module's listeners (which run without a signed-in user): an alert about an
 * assigned request goes to its assignee alone. A staff id only; nothing about the worker.
 */
@Component
public class RequestAssignees {

    private final RecognitionRequestRepository requests;

    RequestAssignees(RecognitionRequestRepository requests) {
        this.requests = requests;
    }

    @Transactional(readOnly = true)
    public Optional<Long> assigneeOf(long requestId) {
        return requests.findById(requestId).map(r -> r.assigneeAccountId);
    }
}
