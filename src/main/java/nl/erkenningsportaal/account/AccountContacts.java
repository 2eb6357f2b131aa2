package nl.erkenningsportaal.account;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.Locale;
import nl.erkenningsportaal.audit.AuditAction;
import nl.erkenningsportaal.audit.AuditService;
import nl.erkenningsportaal.platform.Refusal;
import nl.erkenningsportaal.platform.Roles;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An account holder's e-mail address and language, for the notification module: mail goes only to a confirmed address
 * of an enabled account (a worker's own address, or a staff member's work address for alerts). The methods without a narrower rule are for internal use by background jobs and event
 * listeners (which run without a signed-in user); they never reveal an address to a user.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("permitAll()")
public class AccountContacts {

    static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+");

    private final UserAccountRepository accounts;
    private final EmailProtection protection;
    private final PasswordEncoder passwordEncoder;
    private final CurrentUser currentUser;
    private final AuditService audit;

    AccountContacts(UserAccountRepository accounts, EmailProtection protection, PasswordEncoder passwordEncoder,
            CurrentUser currentUser, AuditService audit) {
        this.accounts = accounts;
        this.protection = protection;
        this.passwordEncoder = passwordEncoder;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    /**
     * The confirmed address of an enabled account, with the language they read in: a worker's, or a staff member's
     * work address (alerts).
     */
    public Optional<MailContact> mailContactOf(long accountId) {
        return accounts.findById(accountId)
                .filter(UserAccount::isEnabled)
                .filter(a -> a.getEmail() != null && a.isEmailConfirmed())
                .map(a -> new MailContact(protection.open(a.getEmail()), localeOf(a)));
    }

    /** The address still waiting for confirmation (only the confirmation mail goes there). */
    public Optional<MailContact> unconfirmedContactOf(long accountId) {
        return accounts.findById(accountId)
                .filter(UserAccount::isEnabled)
                .filter(a -> a.getEmail() != null && !a.isEmailConfirmed())
                .map(a -> new MailContact(protection.open(a.getEmail()), localeOf(a)));
    }

    /** The language an account holder reads in (Dutch when unknown). */
    public Locale languageOf(long accountId) {
        return accounts.findById(accountId).map(AccountContacts::localeOf).orElse(Locale.of("nl"));
    }

    /** The enabled worker account whose confirmed address this is, if any. */
    public Optional<Long> workerWithConfirmedEmail(String email) {
        String normalised = EmailProtection.normalise(email);
        if (!EMAIL.matcher(normalised).matches()) {
            return Optional.empty();
        }
        return accounts.findByEmailLookup(protection.lookup(normalised)).stream()
                .filter(a -> a.isEnabled() && a.isEmailConfirmed() && Roles.WORKER.equals(a.getRole()))
                .map(UserAccount::getId).findFirst();
    }

    /** The lookup value of an account's current address, to bind a confirmation token to it. */
    public Optional<String> emailLookupOf(long accountId) {
        return accounts.findById(accountId).map(UserAccount::getEmailLookup);
    }

    /** Confirms the account's address if it is still the one the token was made for. */
    @Transactional
    public boolean confirmEmail(long accountId, String emailLookup) {
        Optional<UserAccount> account = accounts.findById(accountId)
                .filter(a -> emailLookup.equals(a.getEmailLookup()));
        account.ifPresent(a -> {
            a.confirmEmail();
            audit.record(AuditAction.EMAIL_CONFIRMED, "ACCOUNT", a.getId().toString(), null);
        });
        return account.isPresent();
    }

    /** Sets a worker's password after a reset link; staff passwords are reset by an administrator instead. */
    @Transactional
    public void resetWorkerPassword(long accountId, String newPassword) {
        PasswordPolicy.check(newPassword);
        UserAccount account = accounts.findById(accountId)
                .filter(a -> a.isEnabled() && Roles.WORKER.equals(a.getRole()))
                .orElseThrow(() -> new Refusal("error.not-found"));
        account.changePassword(passwordEncoder.encode(newPassword), false);
        audit.record(AuditAction.PASSWORD_RESET, "ACCOUNT", account.getId().toString(), null);
    }

    /** An account's address and whether it is confirmed (for the worker's own data export). */
    public OwnEmail emailOf(long accountId) {
        return accounts.findById(accountId)
                .map(a -> new OwnEmail(a.getEmail() == null ? null : protection.open(a.getEmail()),
                        a.isEmailConfirmed()))
                .orElse(new OwnEmail(null, false));
    }

    /** Removes an account's address (erasure of the worker's data). */
    @Transactional
    public void forgetEmail(long accountId) {
        accounts.findById(accountId).ifPresent(a -> a.changeEmail(null, null));
    }

    /** The signed-in worker's own address. */
    @PreAuthorize("hasRole('" + Roles.WORKER + "')")
    public OwnEmail ownEmail() {
        UserAccount account = own();
        return new OwnEmail(account.getEmail() == null ? null : protection.open(account.getEmail()),
                account.isEmailConfirmed());
    }

    /**
     * Sets (or with blank, removes) the signed-in worker's address; a new address is unconfirmed until the worker
     * follows the link mailed to it. Returns the worker's account id.
     */
    @Transactional
    @PreAuthorize("hasRole('" + Roles.WORKER + "')")
    public long changeOwnEmail(@Nullable String email) {
        return changeEmail(own(), email);
    }

    private long changeEmail(UserAccount account, @Nullable String email) {
        if (email == null || email.isBlank()) {
            account.changeEmail(null, null);
        } else {
            String normalised = EmailProtection.normalise(email);
            if (normalised.length() > OwnEmail.MAX_LENGTH || !EMAIL.matcher(normalised).matches()) {
                throw new Refusal("notification.email.invalid");
            }
            account.changeEmail(protection.seal(normalised), protection.lookup(normalised));
        }
        audit.record(AuditAction.EMAIL_CHANGED, "ACCOUNT", account.getId().toString(), null);
        return account.getId();
    }

    /**
     * The enabled staff accounts with {@code role}, of {@code municipalityId} when one is given: whom an alert is
     * for. Ids only.
     */
    public List<Long> activeStaff(String role, @Nullable String municipalityId) {
        if (!Roles.STAFF.contains(role)) {
            return List.of();
        }
        return accounts.findByRoleAndEnabledTrue(role).stream()
                .filter(a -> municipalityId == null || municipalityId.equals(a.getMunicipalityId()))
                .map(UserAccount::getId).toList();
    }

    /** The enabled officers of the signed-in officer's municipality (the officer included), by name. */
    @PreAuthorize("hasRole('" + Roles.OFFICER + "')")
    public List<StaffMember> myColleagues() {
        String municipalityId = own().getMunicipalityId();
        if (municipalityId == null) {
            return List.of();
        }
        return accounts.findByRoleAndEnabledTrue(Roles.OFFICER).stream()
                .filter(a -> municipalityId.equals(a.getMunicipalityId()))
                .map(a -> new StaffMember(a.getId(), a.getUsername()))
                .sorted(java.util.Comparator.comparing(StaffMember::username)).toList();
    }

    /**
     * The enabled coordinators of the signed-in coordinator's region (her included), by name: whom a signal case can
     * be given to.
     */
    @PreAuthorize("hasRole('" + Roles.COORDINATOR + "')")
    public List<StaffMember> myFellowCoordinators() {
        String region = own().getRegion();
        if (region == null) {
            return List.of();
        }
        return accounts.findByRoleAndEnabledTrue(Roles.COORDINATOR).stream()
                .filter(a -> region.equals(a.getRegion()))
                .map(a -> new StaffMember(a.getId(), a.getUsername()))
                .sorted(java.util.Comparator.comparing(StaffMember::username)).toList();
    }

    /** The signed-in staff member's work address (for alerts). */
    @PreAuthorize("hasAnyRole('" + Roles.OFFICER + "', '" + Roles.GGD + "', '" + Roles.COORDINATOR + "')")
    public OwnEmail ownWorkEmail() {
        UserAccount account = own();
        return new OwnEmail(account.getEmail() == null ? null : protection.open(account.getEmail()),
                account.isEmailConfirmed());
    }

    /**
     * Sets (or with blank, removes) the signed-in staff member's work address; a new address is unconfirmed until
     * they follow the link mailed to it, and alerts go there only then. Returns the account id.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('" + Roles.OFFICER + "', '" + Roles.GGD + "', '" + Roles.COORDINATOR + "')")
    public long changeOwnWorkEmail(@Nullable String email) {
        return changeEmail(own(), email);
    }

    /** Remembers the language the signed-in user reads in, so mail and reminders use it too. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void rememberOwnLanguage(Locale locale) {
        UserAccount account = own();
        String language = locale.getLanguage();
        if (!language.equals(account.getPreferredLocale()) && language.matches("[a-z]{2,3}")) {
            account.setPreferredLocale(language);
        }
    }

    private UserAccount own() {
        return accounts.findById(currentUser.require().id()).orElseThrow(() -> new Refusal("error.not-found"));
    }

    private static Locale localeOf(UserAccount account) {
        String language = account.getPreferredLocale();
        return language == null || language.isBlank() ? Locale.of("nl") : Locale.of(language);
    }
}
