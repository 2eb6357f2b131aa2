package nl.erkenningsportaal.privacy;

import java.util.Collection;
import java.util.function.Consumer;
import java.util.function.IntSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * How a {@link RetentionJob} erases: each item in a transaction of its own, so an item that fails half-way is rolled
 * back whole (nothing is left half erased) and the others still go; the failed item is due again at the next run.
 * Afterwards the counts are published as {@link RetentionApplied} (the audit module records them). Logs name the
 * rule and counts only, never a row.
 */
@Component
public class RetentionWork {

    /** Rows deleted per statement (and transaction) by {@link #inBatches}. */
    public static final int BATCH = 500;

    private static final Logger log = LoggerFactory.getLogger(RetentionWork.class);

    private final TransactionTemplate own;
    private final ApplicationEventPublisher events;

    RetentionWork(PlatformTransactionManager transactions, ApplicationEventPublisher events) {
        this.own = new TransactionTemplate(transactions);
        this.own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.events = events;
        this.own.setTimeout(60);
    }

    /**
     * Erases every item with {@code erase}, each in a transaction of its own; returns how many went. Use it for an
     * item that takes more than one statement (a row with its notes, an account with everything in it).
     */
    public <T> int eachInOwnTransaction(String rule, Collection<T> items, Consumer<T> erase) {
        int erased = 0;
        int failed = 0;
        for (T item : items) {
            try {
                own.executeWithoutResult(status -> erase.accept(item));
                erased++;
            } catch (RuntimeException e) {
                failed++;
                log.warn("Retention rule {}: an item could not be erased ({}); it is due again at the next run", rule,
                        e.getClass().getSimpleName());
            }
        }
        report(rule, erased, failed);
        return erased;
    }

    /** Runs one step of a rule in a transaction of its own; a failure is logged and rolled back whole. */
    public boolean once(String rule, Runnable step) {
        try {
            own.executeWithoutResult(status -> step.run());
            return true;
        } catch (RuntimeException e) {
            log.warn("Retention rule {}: a step failed ({}); it runs again at the next run", rule,
                    e.getClass().getSimpleName());
            return false;
        }
    }

    /**
     * Runs {@code batch} (one statement that erases at most {@link #BATCH} rows, each row whole on its own) in
     * transactions of its own until it erases fewer than a batch; returns how many went.
     */
    public int inBatches(String rule, IntSupplier batch) {
        int erased = 0;
        int failed = 0;
        while (true) {
            Integer n;
            try {
                n = own.execute(status -> batch.getAsInt());
            } catch (RuntimeException e) {
                failed++;
                log.warn("Retention rule {}: a batch could not be erased ({}); it is due again at the next run", rule,
                        e.getClass().getSimpleName());
                break;
            }
            int count = n == null ? 0 : n;
            erased += count;
            if (count < BATCH) {
                break;
            }
        }
        report(rule, erased, failed);
        return erased;
    }

    private void report(String rule, int erased, int failed) {
        if (erased > 0 || failed > 0) {
            log.info("Retention rule {}: {} erased, {} failed", rule, erased, failed);
            events.publishEvent(new RetentionApplied(rule, erased, failed));
        }
    }
}
