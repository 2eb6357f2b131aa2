package nl.erkenningsportaal.account;

import java.time.Instant;
import nl.erkenningsportaal.platform.Roles;
import org.springframework.context.annotation.Profile;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Accounts for the load benchmark ({@code loadbench} profile only): workers {@code load-worker-N} and officers
 * {@code load-officer-N} spread over the municipalities, all with one password; the officers share the demo
 * second-factor key. The password is hashed once (Argon2id costs about 0.1 s a hash).
 */
@Component
@Profile("loadbench")
public class LoadAccounts {

    public static final String PASSWORD = "load-benchmark-2026-passphrase";
    public static final String TOTP_SECRET = DemoAccounts.TOTP_SECRET;

    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final SecondFactorService secondFactor;
    private final TransactionTemplate transactions;

    LoadAccounts(UserAccountRepository accounts, PasswordEncoder passwordEncoder, SecondFactorService secondFactor,
            TransactionTemplate transactions) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.secondFactor = secondFactor;
        this.transactions = transactions;
    }

    public static String worker(int i) {
        return "load-worker-" + i;
    }

    public static String officer(int i) {
        return "load-officer-" + i;
    }

    /** Creates the missing accounts; officer {@code i} works for {@code municipalities[i % length]}. */
    public void create(int workers, int officers, java.util.List<String> municipalities) {
        String hash = passwordEncoder.encode(PASSWORD);
        transactions.executeWithoutResult(tx -> {
            for (int i = 0; i < workers; i++) {
                if (!accounts.existsByUsername(worker(i))) {
                    accounts.save(new UserAccount(worker(i), hash, Roles.WORKER, null, null, Instant.now()));
                }
            }
            for (int i = 0; i < officers; i++) {
                if (!accounts.existsByUsername(officer(i))) {
                    accounts.save(new UserAccount(officer(i), hash, Roles.OFFICER,
                            municipalities.get(i % municipalities.size()), null, Instant.now()));
                }
            }
            accounts.flush();
        });
        for (int i = 0; i < officers; i++) {
            String name = officer(i);
            transactions.executeWithoutResult(tx -> secondFactor.enrolDemoSecret(name, TOTP_SECRET));
        }
    }
}
