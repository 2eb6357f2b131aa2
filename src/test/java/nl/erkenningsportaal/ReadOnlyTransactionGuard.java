package nl.erkenningsportaal;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Set;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * In every test, a statement that writes (INSERT, UPDATE, DELETE, REPLACE) inside a read-only transaction fails.
 * MariaDB's driver ignores {@code Connection.setReadOnly}, so a service method that writes under a class-level
 * {@code @Transactional(readOnly = true)} used to write all the same — and a retry inside such a transaction joined
 * it, so after a deadlock it could never succeed. With this guard on the data source, every test that calls a service
 * is also a check that none of its writes runs read-only ({@code ServiceTransactionsTest} shows the guard bites).
 */
@Component
@Profile("test")
class ReadOnlyTransactionGuard implements BeanPostProcessor {

    private static final Set<String> WRITES = Set.of("insert", "update", "delete", "replace");

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource dataSource && !(bean instanceof Guarded)) {
            return new Guarded(dataSource);
        }
        return bean;
    }

    /** Fails when {@code sql} writes while the current transaction is read-only. */
    static void check(@Nullable String sql) {
        if (sql == null || !TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            return;
        }
        String verb = sql.stripLeading().split("[\\s(]", 2)[0].toLowerCase(Locale.ROOT);
        if (WRITES.contains(verb)) {
            throw new WriteInReadOnlyTransaction(TransactionSynchronizationManager.getCurrentTransactionName(),
                    sql.strip().lines().findFirst().orElse(""));
        }
    }

    /** A write statement ran inside a read-only transaction. */
    static final class WriteInReadOnlyTransaction extends IllegalStateException {
        WriteInReadOnlyTransaction(@Nullable String transaction, String sql) {
            super("a write inside the read-only transaction " + (transaction == null ? "" : "of " + transaction + " ")
                    + "(a service method that writes needs its own @Transactional): " + sql);
        }
    }

    private static final class Guarded extends DelegatingDataSource {

        Guarded(DataSource target) {
            super(target);
        }

        @Override
        public Connection getConnection() throws SQLException {
            return guard(super.getConnection());
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return guard(super.getConnection(username, password));
        }
    }

    /** The connection, checking the SQL of every statement it prepares or executes. */
    private static Connection guard(Connection connection) {
        return proxy(Connection.class, connection, (method, args) -> {
            if (method.getName().startsWith("prepare") && args != null && args[0] instanceof String sql) {
                check(sql);
            }
        }, result -> result instanceof Statement s && !(result instanceof java.sql.PreparedStatement)
                ? proxy(Statement.class, s, (method, args) -> {
                    if ((method.getName().startsWith("execute") || method.getName().equals("addBatch"))
                            && args != null && args.length > 0 && args[0] instanceof String sql) {
                        check(sql);
                    }
                }, r -> r) : result);
    }

    private interface Before {
        void run(Method method, Object @Nullable [] args);
    }

    private interface After {
        Object wrap(Object result);
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, T target, Before before, After after) {
        InvocationHandler handler = (proxy, method, args) -> {
            before.run(method, args);
            try {
                Object result = method.invoke(target, args);
                return result == null ? null : after.wrap(result);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler);
    }
}
