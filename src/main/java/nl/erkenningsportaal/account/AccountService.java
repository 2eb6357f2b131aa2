package nl.erkenningsportaal.account;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.erkenningsportaal.audit.AuditAction;
import nl.erkenningsportaal.audit.AuditService;
import nl.erkenningsportaal.municipality.MunicipalityService;
import nl.erkenningsportaal.platform.Refusal;
import nl.erkenningsportaal.platform.Roles;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Accounts: staff administration by admins, and each user's own password. */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class AccountService {

    static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{"
            + (NewStaffAccount.USERNAME_MIN - 1) + "," + (NewStaffAccount.USERNAME_MAX - 1) + "}");
    static final String REGION = "DRENTHE";

    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final MunicipalityService municipalities;
    private final AuditService audit;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    AccountService(UserAccountRepository accounts, PasswordEncoder passwordEncoder,
            MunicipalityService municipalities, AuditService audit, CurrentUser currentUser, Clock clock,
            ApplicationEventPublisher events) {
        this.events = events;
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.municipalities = municipalities;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The staff accounts: all for the region's administrator, her own municipality's for a municipal one. */
    @PreAuthorize("hasAnyRole('" + Roles.ADMIN + "', '" + Roles.MUNICIPAL_ADMIN + "')")
    public List<StaffAccount> staffAccounts() {
        @Nullable String confined = confinedTo();
        return accounts.findByRoleInOrderByUsernameAsc(Roles.STAFF).stream()
                .filter(a -> confined == null || confined.equals(a.getMunicipalityId()))
                .map(UserAccount::toStaffAccount).toList();
    }

    /**
     * The municipality a municipal administrator is confined to; null for the region's administrator. Anyone else
     * never gets this far (method security).
     */
    private @Nullable String confinedTo() {
        SignedInUser me = currentUser.require();
        if (!me.hasRole(Roles.MUNICIPAL_ADMIN)) {
            return null;
        }
        if (me.municipalityId() == null) {
            throw new Refusal("error.not-found");
        }
        return me.municipalityId();
    }

    /** The roles a municipal administrator may give: her municipality's own officers and policy makers. */
    public static final List<String> MUNICIPAL_ROLES = List.of(Roles.OFFICER, Roles.POLICY);

    /** Creates a staff account with a one-time password that must be changed at first login. */
    @Transactional
    @PreAuthorize("hasAnyRole('" + Roles.ADMIN + "', '" + Roles.MUNICIPAL_ADMIN + "')")
    public CreatedStaffAccount createStaffAccount(NewStaffAccount request) {
        String username = normaliseUsername(request.username());
        if (!Roles.STAFF.contains(request.role())) {
            throw new Refusal("error.role-invalid");
        }
        @Nullable String confined = confinedTo();
        if (confined != null) {
            // a municipal administrator: her own municipality's officers and policy makers, nothing regional
            if (!MUNICIPAL_ROLES.contains(request.role())) {
                throw new Refusal("error.role-invalid");
            }
            if (request.municipalityId() != null && !confined.equals(request.municipalityId())) {
                throw new Refusal("error.not-found");
            }
            request = new NewStaffAccount(request.username(), request.role(), confined);
        }
        String municipalityId = null;
        if (Roles.OFFICER.equals(request.role()) || Roles.MUNICIPAL_ADMIN.equals(request.role())) {
            if (request.municipalityId() == null || municipalities.find(request.municipalityId()).isEmpty()) {
                throw new Refusal(Roles.OFFICER.equals(request.role()) ? "error.officer-needs-municipality"
                        : "error.municipal-admin-needs-municipality");
            }
            municipalityId = request.municipalityId();
        } else if (Roles.POLICY.equals(request.role()) && request.municipalityId() != null) {
            // a municipality's policy maker: she edits its local parts of the information pages
            if (municipalities.find(request.municipalityId()).isEmpty()) {
                throw new Refusal("error.not-found");
            }
            municipalityId = request.municipalityId();
        }
        if (accounts.existsByUsername(username)) {
            throw new Refusal("error.username-taken");
        }
        String password = PasswordPolicy.oneTimePassword();
        UserAccount account = new UserAccount(username, passwordEncoder.encode(password), request.role(),
                municipalityId, Roles.COORDINATOR.equals(request.role()) ? REGION : null, clock.instant());
        account.changePassword(account.getPasswordHash(), true);
        account = accounts.saveAndFlush(account);
        audit.record(AuditAction.STAFF_ACCOUNT_CREATED, "ACCOUNT", account.getId().toString(),
                "role=" + request.role() + (municipalityId == null ? "" : " municipality=" + municipalityId));
        return new CreatedStaffAccount(account.toStaffAccount(), password);
    }

    @Transactional
    @PreAuthorize("hasAnyRole('" + Roles.ADMIN + "', '" + Roles.MUNICIPAL_ADMIN + "')")
    public StaffAccount setEnabled(long accountId, boolean enabled) {
        @Nullable String confined = confinedTo();
        UserAccount account = accounts.findById(accountId)
                .filter(a -> Roles.STAFF.contains(a.getRole()))
                .filter(a -> confined == null || confined.equals(a.getMunicipalityId()))
                .orElseThrow(() -> new Refusal("error.not-found"));
        if (account.getId() == currentUser.require().id() && !enabled) {
            throw new Refusal("error.cannot-disable-self");
        }
        account.setEnabled(enabled, clock.instant());
        audit.record(enabled ? AuditAction.ACCOUNT_ENABLED : AuditAction.ACCOUNT_DISABLED, "ACCOUNT",
                account.getId().toString(), null);
        if (!enabled) {
            events.publishEvent(new AccountDisabled(account.getId()));
        }
        return accounts.saveAndFlush(account).toStaffAccount();
    }

    /** Replaces the signed-in user's password after checking the current one. */
    @Transactional
    public void changeOwnPassword(String currentPassword, String newPassword) {
        UserAccount account = accounts.findById(currentUser.require().id())
                .orElseThrow(() -> new Refusal("error.not-found"));
        if (!passwordEncoder.matches(currentPassword, account.getPasswordHash())) {
            throw new Refusal("error.password-wrong");
        }
        PasswordPolicy.check(newPassword, account.getUsername());
        if (newPassword.equals(currentPassword)) {
            throw new Refusal("error.password-same");
        }
        account.changePassword(passwordEncoder.encode(newPassword), false);
        audit.record(AuditAction.PASSWORD_CHANGED, "ACCOUNT", account.getId().toString(), null);
    }

    /**
     * Creates a worker's account (sign-up, or claiming a door registration). Open to anonymous visitors; the
     * caller records consent in the same transaction.
     */
    @Transactional
    @PreAuthorize("permitAll()")
    public long registerWorker(String rawUsername, String password) {
        String username = normaliseUsername(rawUsername);
        PasswordPolicy.check(password, username);
        if (accounts.existsByUsername(username)) {
            throw new Refusal("error.username-taken");
        }
        UserAccount account = new UserAccount(username, passwordEncoder.encode(password), Roles.WORKER, null, null,
                clock.instant());
        return accounts.saveAndFlush(account).getId();
    }

    /** The signed-in account's own data, for the worker's export. */
    public Map<String, Object> exportOwnAccount() {
        UserAccount a = accounts.findById(currentUser.require().id()).orElseThrow(() -> new Refusal("error.not-found"));
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("username", a.getUsername());
        data.put("role", a.getRole());
        data.put("createdAt", a.toStaffAccount().createdAt().toString());
        return data;
    }

    /** Deletes the signed-in worker's account for good (after every module erased its data). */
    @Transactional
    @PreAuthorize("hasRole('" + Roles.WORKER + "')")
    public void eraseOwnWorkerAccount() {
        long id = currentUser.require().id();
        audit.record(AuditAction.DATA_ERASED, "ACCOUNT", Long.toString(id), "erased by the worker");
        accounts.deleteById(id);
        accounts.flush();
    }

    /** Used by the demo data only (never in production, see {@code ProductionGuard}). */
    @Transactional
    @PreAuthorize("permitAll()")
    Optional<Long> createDemoAccount(String username, String password, String role,
            @Nullable String municipalityId) {
        if (accounts.existsByUsername(username)) {
            return Optional.empty();
        }
        UserAccount account = new UserAccount(username, passwordEncoder.encode(password), role, municipalityId,
                Roles.COORDINATOR.equals(role) ? REGION : null, clock.instant());
        return Optional.of(accounts.save(account).getId());
    }

    static String normaliseUsername(String raw) {
        String username = raw.strip().toLowerCase(java.util.Locale.ROOT);
        if (!USERNAME.matcher(username).matches()) {
            throw new Refusal("error.username-invalid", NewStaffAccount.USERNAME_MIN, NewStaffAccount.USERNAME_MAX);
        }
        return username;
    }
}
