package nl.erkenningsportaal.notification;

import java.util.List;
import nl.erkenningsportaal.audit.AuditAction;
import nl.erkenningsportaal.audit.AuditService;
import nl.erkenningsportaal.platform.Refusal;
import nl.erkenningsportaal.platform.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** For administrators: the mails that are waiting or dead (no addresses, no texts), and a retry. */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('" + Roles.ADMIN + "')")
public class OutboxAdministration {

    static final int LIST_LIMIT = 500;

    private final MailOutbox outbox;
    private final AuditService audit;

    OutboxAdministration(MailOutbox outbox, AuditService audit) {
        this.outbox = outbox;
        this.audit = audit;
    }

    /** Dead mails first, then those being sent, then those waiting; newest first within each. */
    public List<OutboxMail> unsent() {
        return outbox.unsent(LIST_LIMIT);
    }

    public long count(MailStatus status) {
        return outbox.count(status);
    }

    /** Puts a dead (or waiting) mail back in the queue, to be sent at once with fresh attempts. */
    @Transactional
    public void retry(long mailId) {
        if (!outbox.retry(mailId)) {
            throw new Refusal("error.not-found");
        }
        audit.record(AuditAction.MAIL_RETRIED, "MAIL", Long.toString(mailId), null);
    }
}
