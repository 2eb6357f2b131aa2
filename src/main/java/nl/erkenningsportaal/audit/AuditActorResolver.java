package nl.erkenningsportaal.audit;

/** Tells the audit trail who is acting now; implemented by the account module. */
public interface AuditActorResolver {
    AuditActor currentActor();
}
