package nl.erkenningsportaal.recognition;

import java.time.Clock;
import nl.erkenningsportaal.account.AccountDisabled;
import nl.erkenningsportaal.account.CurrentUser;
import nl.erkenningsportaal.audit.AuditService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A disabled officer's requests go back to "unassigned", so her colleagues find them there instead of only under
 * "everyone's" with a former colleague as owner. In the administrator's transaction: the request's history, its
 * assignment history (by the administrator) and the audit trail say so.
 */
@Component
class DisabledStaffRequests {

    private final RecognitionStore store;
    private final RequestLog log;
    private final AuditService audit;
    private final CurrentUser currentUser;
    private final Clock clock;

    DisabledStaffRequests(RecognitionStore store, RequestLog log, AuditService audit, CurrentUser currentUser,
            Clock clock) {
        this.store = store;
        this.log = log;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @EventListener
    void release(AccountDisabled event) {
        var admin = currentUser.require();
        for (long id : store.releaseAllOf(event.accountId(), admin.id(), RequestLog.utc(clock.instant()))) {
            log.history(id, "UNASSIGNED", admin.role());
            audit.assignmentChanged("REQUEST", id, event.accountId(), null, "account disabled");
        }
    }
}
