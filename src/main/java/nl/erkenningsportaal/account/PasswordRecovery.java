package nl.erkenningsportaal.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import nl.erkenningsportaal.audit.AuditAction;
import nl.erkenningsportaal.audit.AuditActor;
import nl.erkenningsportaal.audit.AuditService;
import nl.erkenningsportaal.platform.Roles;
import nl.erkenningsportaal.platform.Refusal;
import nl.erkenningsportaal.privacy.FieldCipher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Recovery without e-mail (issue 19). E-mail is optional, so a worker who forgot her password must not lose her access:
 * an officer who has seen her in person gives her a recovery code (the recognition module checks that her request is
 * the officer's municipality's, and audits it), and she sets a new password with it on a page without login. A code
 * is 12 random characters, kept only as a SHA-256 hash, works once and for {@link #VALIDITY}; a new code replaces an
 * unused one. Wrong codes are counted per source address (a keyed hash, in MariaDB, so every node counts the same):
 * more than {@link #MAX_FAILURES} in {@link #WINDOW} are refused. Her open sessions end when the password changes. A
 * worker with a second factor still needs it (or one of her recovery codes) after the new password.
 */
@Service
@Transactional(readOnly = true)
public class PasswordRecovery {

    static final Duration VALIDITY = Duration.ofDays(7);
    static final Duration WINDOW = Duration.ofMinutes(15);
    static final int MAX_FAILURES = 10;
    static final String SOURCE_PURPOSE = "password-recovery-source";
    /** No 0/O, 1/I/L: read aloud or copied from paper without mistakes. */
    static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

    private static final SecureRandom RANDOM = new SecureRandom();

    private final PasswordRecoveryStore store;
    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final FieldCipher cipher;
    private final AuditService audit;
    private final SessionControl sessions;
    private final Clock clock;
    private final TransactionTemplate separateTransaction;

    PasswordRecovery(PasswordRecoveryStore store, UserAccountRepository accounts, PasswordEncoder passwordEncoder,
            FieldCipher cipher, AuditService audit, SessionControl sessions, Clock clock,
            PlatformTransactionManager transactions) {
        this.store = store;
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.cipher = cipher;
        this.audit = audit;
        this.sessions = sessions;
        this.clock = clock;
        this.separateTransaction = new TransactionTemplate(transactions);
        this.separateTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** A code, shown once, and until when it works. */
    public record IssuedCode(String code, Instant expiresAt) {}

    /**
     * A new recovery code for a worker's account (an earlier unused one stops working). Only for an officer, and only
     * through the recognition module, which checks that the worker's request belongs to the officer's municipality
     * and records the issue in the audit trail.
     */
    @Transactional
    @PreAuthorize("hasRole('" + Roles.OFFICER + "')")
    public IssuedCode issue(long workerAccountId) {
        UserAccount account = accounts.findById(workerAccountId)
                .filter(a -> a.isEnabled() && Roles.WORKER.equals(a.getRole()))
                .orElseThrow(() -> new Refusal("error.not-found"));
        Instant now = clock.instant();
        store.retireUnused(account.getId(), now);
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        Instant expires = now.plus(VALIDITY);
        store.insert(account.getId(), hash(code.toString()), now, expires);
        String c = code.toString();
        return new IssuedCode(c.substring(0, 4) + "-" + c.substring(4, 8) + "-" + c.substring(8), expires);
    }

    /**
     * Sets a new password with a recovery code and returns her user name (she may have forgotten that too). Checks
     * the source's wrong attempts first, then the code, then the password; a refusal changes nothing (a wrong code
     * still counts against the source).
     */
    @Transactional
    @PreAuthorize("permitAll()")
    public String recover(String typedCode, String newPassword, String source) {
        String sourceHash = cipher.blindIndex(SOURCE_PURPOSE, source);
        Instant now = clock.instant();
        if (store.failuresSince(sourceHash, now.minus(WINDOW)) >= MAX_FAILURES) {
            throw new Refusal("recovery.error.too-many");
        }
        String code = typedCode.toUpperCase(Locale.ROOT).replaceAll("[\\s\\-]", "");
        Optional<PasswordRecoveryStore.Code> row = code.length() == 12 ? store.usable(hash(code), now)
                : Optional.empty();
        if (row.isEmpty()) {
            // in its own transaction: the refusal below rolls this one back
            separateTransaction.executeWithoutResult(s -> store.recordFailure(sourceHash, now));
            throw new Refusal("recovery.error.code");
        }
        UserAccount account = accounts.findById(row.get().accountId())
                .filter(a -> a.isEnabled() && Roles.WORKER.equals(a.getRole()))
                .orElseThrow(() -> new Refusal("recovery.error.code"));
        PasswordPolicy.check(newPassword, account.getUsername());
        store.markUsed(row.get().id(), now);
        account.changePassword(passwordEncoder.encode(newPassword), false);
        accounts.save(account);
        audit.record(new AuditActor("account:" + account.getId() + ":" + account.getUsername(),
                Roles.WORKER, null), AuditAction.PASSWORD_RECOVERED,
                "ACCOUNT", account.getId().toString(), null);
        sessions.endSessionsOf(account.getId());
        return account.getUsername();
    }

    static String hash(String code) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(code.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
