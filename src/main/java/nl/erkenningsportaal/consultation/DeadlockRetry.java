package nl.erkenningsportaal.consultation;

import java.util.function.Supplier;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a unit of work in a read-write transaction of its own and, when MariaDB picks that transaction as a deadlock
 * victim (or a lock wait times out), runs it again in a new one. The retry wraps the whole transaction from outside:
 * after a deadlock MariaDB has rolled the transaction back, so only a new transaction can succeed. It therefore
 * refuses to run inside a caller's transaction, which it would join and could neither retry nor commit on its own;
 * the public methods that use it are {@code @Transactional(propagation = NEVER)}.
 */
@Component
class DeadlockRetry {

    static final int ATTEMPTS = 5;

    private final TransactionTemplate tx;

    DeadlockRetry(PlatformTransactionManager transactions) {
        this.tx = new TransactionTemplate(transactions);
        this.tx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRED);
        this.tx.setReadOnly(false);
    }

    <T> T inTransaction(Supplier<T> work) {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("a retried transaction must be the outermost one");
        }
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
