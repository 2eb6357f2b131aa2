package nl.erkenningsportaal.outreach;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import nl.erkenningsportaal.account.AccountDisabled;
import nl.erkenningsportaal.account.CurrentUser;
import nl.erkenningsportaal.audit.AuditService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A disabled officer's follow-ups go back to "unassigned", so her colleagues find them there. In the administrator's transaction: the assignment history (by the administrator) and the audit trail say so.
 */
@Component
class DisabledStaffFollowUps {

    private final OutreachStore store;
    private final AuditService audit;
    private final CurrentUser currentUser;
    private final Clock clock;

    DisabledStaffFollowUps(OutreachStore store, AuditService audit, CurrentUser currentUser, Clock clock) {
        this.store = store;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @EventListener
    void release(AccountDisabled event) {
        long admin = currentUser.require().id();
        for (long id : store.releaseAllOf(event.accountId(), admin,
                LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))) {
            audit.assignmentChanged("VISIT", id, event.accountId(), null, "account disabled");
        }
    }
}
