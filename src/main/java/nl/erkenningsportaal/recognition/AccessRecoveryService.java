package nl.erkenningsportaal.recognition;

import nl.erkenningsportaal.account.CurrentUser;
import nl.erkenningsportaal.account.PasswordRecovery;
import nl.erkenningsportaal.platform.Roles;
import nl.erkenningsportaal.audit.AuditAction;
import nl.erkenningsportaal.audit.AuditService;
import nl.erkenningsportaal.platform.Refusal;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recovery without e-mail, the officer's side (issue 19): an officer who has seen the worker in person gives her a
 * recovery code for her account, from her request's page. Only for a request of the officer's own municipality whose
 * worker has an account (any other is "not found"); the officer must confirm having seen her in person; audited.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('" + Roles.OFFICER + "')")
public class AccessRecoveryService {

    private final RecognitionRequestRepository requests;
    private final PasswordRecovery recovery;
    private final CurrentUser currentUser;
    private final AuditService audit;

    AccessRecoveryService(RecognitionRequestRepository requests, PasswordRecovery recovery, CurrentUser currentUser,
            AuditService audit) {
        this.requests = requests;
        this.recovery = recovery;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    /** A new recovery code for the worker of request {@code requestId}, shown once to the officer. */
    @Transactional
    public PasswordRecovery.IssuedCode issueCode(long requestId, boolean seenInPerson) {
        String municipality = currentUser.require().municipalityId();
        if (municipality == null) {
            throw new Refusal("error.not-found");
        }
        RecognitionRequest r = requests.findByIdAndMunicipalityId(requestId, municipality)
                .orElseThrow(() -> new Refusal("error.not-found"));
        Long account = r.workerAccountId;
        if (account == null) {
            throw new Refusal("error.not-found");
        }
        if (!seenInPerson) {
            throw new Refusal("recovery.error.seen");
        }
        PasswordRecovery.IssuedCode code = recovery.issue(account);
        audit.record(AuditAction.PASSWORD_RECOVERY_CODE_ISSUED, "REQUEST", Long.toString(r.id), "seen in person");
        return code;
    }
}
