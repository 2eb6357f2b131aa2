package nl.erkenningsportaal.consultation;

import java.util.function.Supplier;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Runs a unit of work in its own transaction and retries it when MariaDB picks it as a deadlock victim. */
@Component
class DeadlockRetry {

    static final int ATTEMPTS = 5;

    private final TransactionTemplate tx;

    DeadlockRetry(PlatformTransactionManager transactions) {
        this.tx = new TransactionTemplate(transactions);
    }

    <T> T inTransaction(Supplier<T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return tx.execute(status -> work.get());
            } catch (PessimisticLockingFailureException e) { // deadlock victim or lock wait timeout
                if (attempt >= ATTEMPTS) {
                    throw e;
                }
                try {
                    Thread.sleep(5L * attempt);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }
}
