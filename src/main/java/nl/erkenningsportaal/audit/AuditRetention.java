package nl.erkenningsportaal.audit;

import static java.time.temporal.ChronoUnit.YEARS;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import nl.erkenningsportaal.platform.Roles;
import nl.erkenningsportaal.privacy.DataCategory;
import nl.erkenningsportaal.privacy.DeclaredTable;
import nl.erkenningsportaal.privacy.LegalBasis;
import nl.erkenningsportaal.privacy.ProcessingDeclaration;
import nl.erkenningsportaal.privacy.ProcessingRegister;
import nl.erkenningsportaal.privacy.Purpose;
import nl.erkenningsportaal.privacy.RetentionApplied;
import nl.erkenningsportaal.privacy.RetentionJob;
import nl.erkenningsportaal.privacy.RetentionRule;
import nl.erkenningsportaal.privacy.RetentionWork;
import nl.erkenningsportaal.privacy.Term;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit trail's own retention, with the region's term. Entries older than the term are pruned in two steps: first
 * (one transaction) the pruning is recorded as an entry of the trail and a checkpoint keeps the last pruned entry's
 * sequence and hash, which the first entry kept names as its previous hash; then the covered entries are deleted in
 * batches. The database lets an entry go only when a checkpoint covers it, so a failure half-way leaves entries
 * that the next run deletes, and the chain verifies from the checkpoint throughout. Also records each retention rule
 * that ran (counts only) as an entry of the trail, and declares the audit tables in the processing register.
 */
@Component
class AuditRetention implements RetentionJob, ProcessingDeclaration {

    static final String JOB = "audit";
    /**
     * The region's term for the trail, as the municipality module names it (RegionRetention.AUDIT_YEARS; that module
     * records its changes in this trail, so this one names the setting instead of using it).
     */
    static final String AUDIT_YEARS = "auditYears";
    static final RetentionRule TRAIL = new RetentionRule("audit.trail", JOB, Purpose.ACCOUNTABILITY,
            Term.region(AUDIT_YEARS, YEARS));

    private final AuditStore store;
    private final AuditService audit;
    private final ProcessingRegister register;
    private final RetentionWork work;

    AuditRetention(AuditStore store, AuditService audit, ProcessingRegister register, RetentionWork work) {
        this.store = store;
        this.audit = audit;
        this.register = register;
        this.work = work;
    }

    @Override
    public String name() {
        return JOB;
    }

    @Override
    public void run(Clock clock) {
        LocalDateTime before = LocalDateTime.ofInstant(register.cutoff(TRAIL.id(), null, clock), ZoneOffset.UTC);
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        work.once(TRAIL.id(), () -> checkpoint(before, now));
        work.inBatches(TRAIL.id(), () -> store.deleteCovered(RetentionWork.BATCH));
    }

    /** Records the pruning and the checkpoint for the newest entry written before {@code before}, if any. */
    private void checkpoint(LocalDateTime before, LocalDateTime now) {
        store.lastUncoveredBefore(before).ifPresent(l -> {
            audit.record(AuditActor.SYSTEM, AuditAction.AUDIT_PRUNED, "AUDIT", "trail",
                    "entries up to " + l.sequenceNo() + " (hash " + l.entryHash() + ")");
            store.insertCheckpoint(l, now);
        });
    }

    /** A retention rule ran: the trail records how many items went (and failed), never whose. */
    @EventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void on(RetentionApplied event) {
        audit.record(AuditActor.SYSTEM, AuditAction.RETENTION_APPLIED, "RETENTION", event.rule(),
                "erased=" + event.erased() + " failed=" + event.failed());
    }

    @Override
    public String module() {
        return "audit";
    }

    @Override
    public List<RetentionRule> rules() {
        return List.of(TRAIL);
    }

    @Override
    public List<DeclaredTable> tables() {
        return List.of(
                // who (an account's id and user name), in which role and municipality, did what to which subject
                // (a reference, never a name) and why (free text, encrypted)
                DeclaredTable.table("audit_entry", Purpose.ACCOUNTABILITY, LegalBasis.LEGAL_OBLIGATION)
                        .seenBy(Roles.ADMIN, Roles.WORKER)
                        .keptBy(TRAIL)
                        .columns(DataCategory.TECHNICAL, "sequence_no", "occurred_at", "subject_type", "subject",
                                "previous_hash", "entry_hash")
                        .columns(DataCategory.ACCOUNT, "actor", "actor_role", "actor_municipality", "action")
                        .encrypted(DataCategory.ACCOUNT, "reason")
                        .build(),
                DeclaredTable.notPersonal("audit_head", Purpose.ACCOUNTABILITY, "id", "last_sequence", "last_hash"),
                DeclaredTable.notPersonal("audit_checkpoint", Purpose.ACCOUNTABILITY, "sequence_no", "entry_hash",
                        "occurred_at", "pruned_at"));
    }
}
