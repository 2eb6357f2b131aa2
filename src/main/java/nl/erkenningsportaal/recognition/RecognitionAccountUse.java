package nl.erkenningsportaal.recognition;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import nl.erkenningsportaal.account.AccountInUse;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A worker's account with a recognition request (of any status) is in use. */
@Component
class RecognitionAccountUse implements AccountInUse {

    private final JdbcClient jdbc;

    RecognitionAccountUse(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Set<Long> inUse(Collection<Long> accountIds) {
        if (accountIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("SELECT DISTINCT worker_account_id FROM recognition_request "
                + "WHERE worker_account_id IN (:ids)").param("ids", accountIds).query(Long.class).list());
    }
}
