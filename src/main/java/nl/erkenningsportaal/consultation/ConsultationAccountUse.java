package nl.erkenningsportaal.consultation;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import nl.erkenningsportaal.account.AccountInUse;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A worker's account with a GGD booking or a place on a waiting list is in use. */
@Component
class ConsultationAccountUse implements AccountInUse {

    private final JdbcClient jdbc;

    ConsultationAccountUse(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Set<Long> inUse(Collection<Long> accountIds) {
        if (accountIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("""
                SELECT worker_account_id FROM consultation_booking WHERE worker_account_id IN (:ids)
                UNION SELECT worker_account_id FROM consultation_waiting WHERE worker_account_id IN (:ids)""")
                .param("ids", accountIds).query(Long.class).list());
    }
}
