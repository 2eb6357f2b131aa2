package nl.erkenningsportaal.account;

import nl.erkenningsportaal.audit.AuditActor;
import nl.erkenningsportaal.audit.AuditActorResolver;
import org.springframework.stereotype.Component;

/** Tells the audit trail who acts: the account id and name, role and municipality; never a worker's identity. */
@Component
class CurrentAuditActor implements AuditActorResolver {

    private final CurrentUser currentUser;

    CurrentAuditActor(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public AuditActor currentActor() {
        return currentUser.get()
                .map(u -> new AuditActor("account:" + u.id() + ":" + u.username(), u.role(), u.municipalityId()))
                .orElse(AuditActor.ANONYMOUS);
    }
}
