package nl.erkenningsportaal.recognition;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import nl.erkenningsportaal.platform.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What waits for the officer's municipality besides new requests, oldest first, for the worklist. */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('" + Roles.OFFICER + "')")
public class LifecycleTasks {

    private final OwnRequests own;
    private final ObjectionStore objections;
    private final CorrectionStore corrections;
    private final RenewalStore renewals;
    private final TransferStore transfers;

    LifecycleTasks(OwnRequests own, ObjectionStore objections, CorrectionStore corrections, RenewalStore renewals,
            TransferStore transfers) {
        this.own = own;
        this.objections = objections;
        this.corrections = corrections;
        this.renewals = renewals;
        this.transfers = transfers;
    }

    public List<LifecycleTask> tasks() {
        String municipality = own.officerMunicipality();
        List<LifecycleTask> tasks = new ArrayList<>();
        objections.openIn(municipality).forEach(o -> tasks.add(new LifecycleTask(LifecycleTask.Kind.OBJECTION,
                o.requestId(), o.lodgedAt(), o.status().name())));
        corrections.pendingIn(municipality).forEach(c -> tasks.add(new LifecycleTask(LifecycleTask.Kind.CORRECTION,
                c.requestId(), c.proposedAt(), CorrectionStatus.PROPOSED.name())));
        renewals.pendingIn(municipality).forEach(n -> tasks.add(new LifecycleTask(LifecycleTask.Kind.RENEWAL,
                n.requestId(), n.askedAt(), n.status().name())));
        transfers.incoming(municipality).forEach(t -> tasks.add(new LifecycleTask(LifecycleTask.Kind.TRANSFER,
                t.id(), t.reportedAt(), TransferStatus.PENDING.name())));
        tasks.sort(Comparator.comparing(LifecycleTask::since));
        return tasks;
    }
}
