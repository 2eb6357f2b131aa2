package nl.erkenningsportaal.account;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import nl.erkenningsportaal.audit.AuditAction;
import nl.erkenningsportaal.audit.AuditActor;
import nl.erkenningsportaal.audit.AuditService;
import nl.erkenningsportaal.platform.Refusal;
import nl.erkenningsportaal.platform.Roles;
import org.apache.commons.codec.digest.DigestUtils;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The second factor: enrolment (TOTP secret, ten recovery codes), the code check after the password that turns a
 * password-only session into a full one, and an administrator's reset. Reachable in the password-only state (the
 * only service that is); every other method of the portal needs the full login.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasAuthority('" + PortalAuthentications.PASSWORD_FACTOR + "')")
public class SecondFactorService {

    public static final int RECOVERY_CODES = 10;
    static final int RECOVERY_CODE_LENGTH = 12;
    static final String ISSUER = "Erkenningsportaal";
    private static final char[] RECOVERY_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final UserAccountRepository accounts;
    private final SecondFactorCipher cipher;
    private final RecoveryCodes recoveryCodes;
    private final CurrentUser currentUser;
    private final SessionElevation elevation;
    private final SessionControl sessions;
    private final LoginThrottle throttle;
    private final AuditService audit;
    private final Clock clock;

    SecondFactorService(UserAccountRepository accounts, SecondFactorCipher cipher, RecoveryCodes recoveryCodes,
            CurrentUser currentUser, SessionElevation elevation, SessionControl sessions, LoginThrottle throttle,
            AuditService audit, Clock clock) {
        this.accounts = accounts;
        this.cipher = cipher;
        this.recoveryCodes = recoveryCodes;
        this.currentUser = currentUser;
        this.elevation = elevation;
        this.sessions = sessions;
        this.throttle = throttle;
        this.audit = audit;
        this.clock = clock;
    }

    /** Whether the signed-in (or half signed-in) account has a confirmed second factor. */
    public boolean enrolled() {
        return account(false).hasSecondFactor();
    }

    /** How many unused recovery codes are left. */
    public int recoveryCodesLeft() {
        return recoveryCodes.unused(me().user().id());
    }

    /** Starts (or restarts) enrolment with a fresh secret; refused once a second factor is confirmed. */
    @Transactional
    public SecondFactorEnrolment startEnrolment() {
        UserAccount account = account(true);
        if (account.hasSecondFactor()) {
            throw new Refusal("security.error.already-enrolled");
        }
        byte[] secret = Totp.newSecret();
        account.startSecondFactorEnrolment(cipher.encrypt(secret, account.getId()));
        String key = Totp.base32Encode(secret);
        String label = URLEncoder.encode(ISSUER + ":" + account.getUsername(), StandardCharsets.UTF_8)
                .replace("+", "%20");
        String uri = "otpauth://totp/" + label + "?secret=" + key + "&issuer=" + ISSUER + "&algorithm=SHA1&digits="
                + Totp.DIGITS + "&period=" + Totp.STEP_SECONDS;
        return new SecondFactorEnrolment(key, Totp.grouped(key), uri);
    }

    /**
     * Confirms enrolment with a first code from the app, completes the login and returns ten recovery codes (shown
     * once; only their hashes are kept).
     */
    @Transactional
    public List<String> confirmEnrolment(String code) {
        UserAccount account = account(true);
        if (account.hasSecondFactor() || account.getTotpSecret() == null) {
            throw new Refusal("security.error.no-enrolment");
        }
        long step = checkCode(account, code);
        account.confirmSecondFactor(clock.instant(), step);
        List<String> codes = newRecoveryCodes(account.getId());
        audit.record(actor(account), AuditAction.SECOND_FACTOR_ENROLLED, "ACCOUNT", account.getId().toString(),
                null);
        elevation.elevate(me());
        return codes;
    }

    /** Checks a code from the authenticator app and completes the login. A code is accepted once only. */
    @Transactional
    public void verify(String code) {
        UserAccount account = account(true);
        if (!account.hasSecondFactor()) {
            throw new Refusal("security.error.no-enrolment");
        }
        account.useTotpStep(checkCode(account, code));
        elevation.elevate(me());
    }

    /** Completes the login with a recovery code instead of the app; each code works once. */
    @Transactional
    public void useRecoveryCode(String code) {
        UserAccount account = account(true);
        if (throttle.secondFactorDelayedUntil(account.getId()).isPresent()) {
            throw new Refusal("security.error.wait");
        }
        String normalised = code.replaceAll("[\\s-]", "").toLowerCase(Locale.ROOT);
        boolean used = normalised.length() == RECOVERY_CODE_LENGTH && recoveryCodes.use(account.getId(),
                sha256(normalised), LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
        if (!used || !account.hasSecondFactor()) {
            throttle.secondFactorFailed(account.getId());
            throw new Refusal("security.error.recovery-code-wrong");
        }
        throttle.secondFactorSucceeded(account.getId());
        audit.record(actor(account), AuditAction.RECOVERY_CODE_USED, "ACCOUNT", account.getId().toString(), null);
        elevation.elevate(me());
    }

    /** Replaces the recovery codes of the signed-in account (the old ones stop working). */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public List<String> renewRecoveryCodes() {
        UserAccount account = account(true);
        if (!account.hasSecondFactor()) {
            throw new Refusal("security.error.no-enrolment");
        }
        return newRecoveryCodes(account.getId());
    }

    /**
     * An administrator removes a colleague's second factor (lost phone): the colleague enrols again at the next
     * login, and their open sessions end. Audited.
     */
    @Transactional
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    public void resetFor(long accountId, String reason) {
        if (accountId == me().user().id()) {
            throw new Refusal("security.error.reset-self");
        }
        if (reason.isBlank()) {
            throw new Refusal("security.error.reason-required");
        }
        UserAccount account = accounts.findForUpdate(accountId).orElseThrow(() -> new Refusal("error.not-found"));
        account.resetSecondFactor();
        recoveryCodes.deleteAll(accountId);
        audit.record(AuditAction.SECOND_FACTOR_RESET, "ACCOUNT", Long.toString(accountId), reason.strip());
        sessions.endSessionsOf(accountId);
    }

    private long checkCode(UserAccount account, String code) {
        if (throttle.secondFactorDelayedUntil(account.getId()).isPresent()) {
            throw new Refusal("security.error.wait");
        }
        byte[] secret = cipher.decrypt(account.getTotpSecret(), account.getId());
        OptionalLong step = Totp.matchingStep(secret, code, clock.instant(), account.getTotpLastStep());
        if (step.isEmpty()) {
            throttle.secondFactorFailed(account.getId()); // in a transaction of its own: this one rolls back
            throw new Refusal("security.error.code-wrong");
        }
        throttle.secondFactorSucceeded(account.getId());
        return step.getAsLong();
    }

    private List<String> newRecoveryCodes(long accountId) {
        recoveryCodes.deleteAll(accountId);
        List<String> codes = new ArrayList<>(RECOVERY_CODES);
        for (int i = 0; i < RECOVERY_CODES; i++) {
            StringBuilder sb = new StringBuilder(RECOVERY_CODE_LENGTH);
            for (int j = 0; j < RECOVERY_CODE_LENGTH; j++) {
                sb.append(RECOVERY_ALPHABET[RANDOM.nextInt(RECOVERY_ALPHABET.length)]);
            }
            String plain = sb.toString();
            recoveryCodes.add(accountId, sha256(plain));
            codes.add(plain.substring(0, 4) + "-" + plain.substring(4, 8) + "-" + plain.substring(8));
        }
        return codes;
    }

    /** Demo data only: enrols a known secret so the demo accounts can log in (never in production). */
    @Transactional
    @PreAuthorize("permitAll()")
    void enrolDemoSecret(String username, String base32Secret) {
        accounts.findByUsername(username).filter(a -> !a.hasSecondFactor()).ifPresent(a -> {
            a.startSecondFactorEnrolment(cipher.encrypt(Totp.base32Decode(base32Secret), a.getId()));
            a.confirmSecondFactor(Instant.EPOCH, Long.MIN_VALUE);
        });
    }

    private PortalUserDetails me() {
        return currentUser.principal().orElseThrow(() -> new Refusal("error.not-found"));
    }

    private UserAccount account(boolean lock) {
        long id = me().user().id();
        return (lock ? accounts.findForUpdate(id) : accounts.findById(id))
                .filter(UserAccount::isEnabled)
                .orElseThrow(() -> new Refusal("error.not-found"));
    }

    private static AuditActor actor(UserAccount a) {
        return new AuditActor("account:" + a.getId() + ":" + a.getUsername(), a.getRole(), a.getMunicipalityId());
    }

    static String sha256(String text) {
        return DigestUtils.sha256Hex(text);
    }
}
