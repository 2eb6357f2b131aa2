package nl.erkenningsportaal.mydata;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.erkenningsportaal.account.AccountService;
import nl.erkenningsportaal.account.CurrentUser;
import nl.erkenningsportaal.audit.AccessReason;
import nl.erkenningsportaal.audit.AuditAction;
import nl.erkenningsportaal.audit.AuditService;
import nl.erkenningsportaal.municipality.Municipality;
import nl.erkenningsportaal.municipality.MunicipalityService;
import nl.erkenningsportaal.platform.Roles;
import nl.erkenningsportaal.privacy.PersonalDataContributor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.databind.json.JsonMapper;

/**
 * The worker's rights: everything the portal holds about them (GDPR art. 15, as a page and as a JSON file for
 * art. 20), who looked at it, and erasure of all of it (art. 17). Each module contributes its part through
 * {@link PersonalDataContributor}; aggregate figures and an audit entry without identity remain.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('" + Roles.WORKER + "')")
public class MyDataService {

    private static final Set<AuditAction> LOOKS = Set.of(AuditAction.IDENTITY_VIEWED, AuditAction.NUMBER_LOOKED_UP,
            AuditAction.SIGNAL_IDENTITY_VIEWED, AuditAction.DECISION_TAKEN, AuditAction.MESSAGES_VIEWED,
            AuditAction.DATA_EXPORTED);

    /**
     * The erasure journal: one line per erased account, its pseudonymous number only, kept by the log collector
     * apart from the database and its backups, so that erasures made after a backup can be made again after a
     * restore (docs/operations.md, "Backups").
     */
    private static final Logger erasures = LoggerFactory.getLogger("nl.erkenningsportaal.erasure-journal");

    private final List<PersonalDataContributor> contributors;
    private final AccountService accounts;
    private final AuditService audit;
    private final CurrentUser currentUser;
    private final MunicipalityService municipalities;
    private final JsonMapper json = JsonMapper.builder().build();

    MyDataService(List<PersonalDataContributor> contributors, AccountService accounts,
            AuditService audit, CurrentUser currentUser, MunicipalityService municipalities) {
        this.municipalities = municipalities;
        this.contributors = contributors;
        this.accounts = accounts;
        this.audit = audit;
        this.currentUser = currentUser;
    }

    /** Every section: the account, then each module's data. Recorded in the audit trail. */
    @Transactional
    public Map<String, Object> export() {
        long id = currentUser.require().id();
        Map<String, Object> all = new LinkedHashMap<>();
        all.put("account", accounts.exportOwnAccount());
        for (PersonalDataContributor c : contributors) {
            all.put(c.section(), c.export(id));
        }
        all.put("lookedAtMyData", whoLooked());
        audit.record(AuditAction.DATA_EXPORTED, "ACCOUNT", Long.toString(id), null);
        return all;
    }

    /** {@link #export()} as JSON; a write like it (the export is recorded in the audit trail). */
    @Transactional
    public String exportJson() {
        return json.writerWithDefaultPrettyPrinter().writeValueAsString(export());
    }

    /**
     * Who looked at the worker's requests: time, role, municipality and the reason they chose, never a colleague's
     * name or what a colleague typed.
     */
    public List<DataAccess> whoLooked() {
        return audit.aboutMyOwn("REQUEST").stream()
                .filter(e -> LOOKS.contains(e.action()) && !Roles.WORKER.equals(e.actorRole()))
                .map(e -> new DataAccess(e.occurredAt(), e.actorRole(), e.actorMunicipality(),
                        e.actorMunicipality() == null ? null : municipalities.find(e.actorMunicipality())
                                .map(Municipality::name).orElse(e.actorMunicipality()),
                        e.action().name(), AccessReason.of(e.reason()).orElse(null)))
                .sorted(Comparator.comparing(DataAccess::at).reversed()).toList();
    }

    /** Erases the account and everything in every module, irreversibly. */
    @Transactional
    public void eraseEverything() {
        long id = currentUser.require().id();
        for (PersonalDataContributor c : contributors) {
            c.erase(id);
        }
        accounts.eraseOwnWorkerAccount();
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                erasures.info("erased account {}", id);
            }
        });
    }
}
