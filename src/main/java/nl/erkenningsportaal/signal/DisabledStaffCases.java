package nl.erkenningsportaal.signal;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import nl.erkenningsportaal.account.AccountDisabled;
import nl.erkenningsportaal.account.CurrentUser;
import nl.erkenningsportaal.audit.AuditService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A disabled coordinator's cases go back to "unassigned", so her fellow coordinators find them there. In the administrator's transaction: the assignment history (by the administrator) and the audit trail say so.
 */
@Component
class DisabledStaffCases {

    private final SignalStore store;
    private final AuditService audit;
    private final CurrentUser currentUser;
    private final Clock clock;

    DisabledStaffCases(SignalStore store, AuditService audit, CurrentUser currentUser, Clock clock) {
        this.store = store;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @EventListener
    void release(AccountDisabled event) {
        long admin = currentUser.require().id();
        for (long id : store.assignedTo(event.accountId())) {
            store.assign(id, null, admin, LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
            audit.assignmentChanged("SIGNAL", id, event.accountId(), null, "account disabled");
        }
    }
}
