package nl.erkenningsportaal.contact;

import java.time.Clock;
import nl.erkenningsportaal.account.AccountDisabled;
import nl.erkenningsportaal.account.CurrentUser;
import nl.erkenningsportaal.audit.AuditService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A disabled officer's care requests go back to "unassigned", so her colleagues find them there. In the administrator's transaction: the assignment history (by the administrator) and the audit trail say so.
 */
@Component
class DisabledStaffCareRequests {

    private final CareStore store;
    private final AuditService audit;
    private final CurrentUser currentUser;
    private final Clock clock;

    DisabledStaffCareRequests(CareStore store, AuditService audit, CurrentUser currentUser, Clock clock) {
        this.store = store;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @EventListener
    void release(AccountDisabled event) {
        long admin = currentUser.require().id();
        for (long id : store.assignedTo(event.accountId())) {
            store.assign(id, null, admin, clock.instant());
            audit.assignmentChanged("CARE_REQUEST", id, event.accountId(), null, "account disabled");
        }
    }
}
