package nl.erkenningsportaal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.AnnotationTransactionAttributeSource;
import org.springframework.transaction.interceptor.TransactionAttribute;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * No service writes inside a read-only transaction. Two checks: every test of the suite runs with
 * {@link ReadOnlyTransactionGuard} on the data source, so each write a test makes through a service fails there if
 * it runs read-only (the first test here shows the guard bites); and over every public method of every service bean
 * of the portal, the transaction it runs in is read-only only for a method that returns what it read and does not
 * say it changes something.
 */
@IntegrationTest
class ServiceTransactionsTest {

    /** Verbs of the methods that change something (the portal's services name their writes so). */
    static final Pattern WRITES = Pattern.compile("^(add|ask|book|cancel|change|claim|confirm|create|decline|"
            + "delete|deliver|disable|enable|end|erase|forget|give|grant|handOver|issue|join|leave|link|lookUp|mark|"
            + "move|plan|prune|publish|raise|record|register|remember|renew|report|request|reschedule|reset|retry|"
            + "reveal|save|send|set|signUp|store|submit|update|withdraw|write)([A-Z].*)?$");

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void a_write_inside_a_read_only_transaction_fails_in_the_tests() {
        TransactionTemplate readOnly = new TransactionTemplate(transactions);
        readOnly.setReadOnly(true);
        assertThatThrownBy(() -> readOnly.executeWithoutResult(status -> jdbc.update(
                "UPDATE municipality SET name = name WHERE id = 'GM0106'")))
                .isInstanceOf(ReadOnlyTransactionGuard.WriteInReadOnlyTransaction.class);
        // a read there, and the same write in a read-write transaction, are fine
        readOnly.executeWithoutResult(status -> jdbc.queryForList("SELECT id FROM municipality"));
        new TransactionTemplate(transactions).executeWithoutResult(status -> jdbc.update(
                "UPDATE municipality SET name = name WHERE id = 'GM0106'"));
    }

    @Test
    void a_public_service_method_runs_read_only_only_when_it_returns_what_it_read() {
        AnnotationTransactionAttributeSource attributes = new AnnotationTransactionAttributeSource();
        List<String> services = new ArrayList<>();
        List<String> wrong = new ArrayList<>();
        for (Object bean : context.getBeansWithAnnotation(Service.class).values()) {
            Class<?> type = AopUtils.getTargetClass(bean);
            if (!type.getPackageName().startsWith("nl.erkenningsportaal")) {
                continue;
            }
            services.add(type.getSimpleName());
            for (Method m : type.getDeclaredMethods()) {
                if (!Modifier.isPublic(m.getModifiers()) || m.isSynthetic()) {
                    continue;
                }
                TransactionAttribute tx = attributes.getTransactionAttribute(m, type);
                if (tx != null && tx.isReadOnly() && (m.getReturnType() == void.class
                        || WRITES.matcher(m.getName()).matches())) {
                    wrong.add(type.getSimpleName() + "." + m.getName());
                }
            }
        }
        assertThat(services).as("the portal's services").contains("WorkerBookingService", "GgdConsultationService",
                "OfficerRecognitionService", "SignalService");
        assertThat(wrong).as("writes that would run in a read-only transaction").isEmpty();
    }
}
