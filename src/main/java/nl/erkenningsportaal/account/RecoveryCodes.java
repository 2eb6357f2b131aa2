package nl.erkenningsportaal.account;

import java.time.LocalDateTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The second factor's recovery codes, stored only as SHA-256 hashes: the SQL of {@code recovery_code} (JdbcClient,
 * named parameters). Accounts themselves are read and written through {@link UserAccountRepository}.
 */
@Component
class RecoveryCodes {

    private final JdbcClient jdbc;

    RecoveryCodes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    int unused(long accountId) {
        return jdbc.sql("SELECT COUNT(*) FROM recovery_code WHERE account_id = :account AND used_at IS NULL")
                .param("account", accountId).query(Integer.class).single();
    }

    /** Uses the account's unused code with this hash; false when there is none. */
    boolean use(long accountId, String codeHash, LocalDateTime atUtc) {
        return jdbc.sql("UPDATE recovery_code SET used_at = :at WHERE account_id = :account AND code_hash = :hash "
                + "AND used_at IS NULL")
                .param("at", atUtc).param("account", accountId).param("hash", codeHash).update() == 1;
    }

    void add(long accountId, String codeHash) {
        jdbc.sql("INSERT INTO recovery_code (account_id, code_hash) VALUES (:account, :hash)")
                .param("account", accountId).param("hash", codeHash).update();
    }

    void deleteAll(long accountId) {
        jdbc.sql("DELETE FROM recovery_code WHERE account_id = :account").param("account", accountId).update();
    }
}
