package nl.erkenningsportaal;

import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Every application context sets its own (Vaadin-aware) security context strategy as the global one when it starts,
 * and its method security reads from that instance. Tests run against several cached contexts (and some start a
 * second "node"), so before each test the global strategy is pointed back at the test's own context; otherwise a
 * test that signs in through {@link SecurityContextHolder} would sign in where its services do not look.
 */
public class SecurityContextStrategyPerContext implements TestExecutionListener {

    @Override
    public void beforeTestMethod(TestContext testContext) {
        if (!testContext.hasApplicationContext()) {
            return;
        }
        ApplicationContext ctx = testContext.getApplicationContext();
        ctx.getBeanProvider(SecurityContextHolderStrategy.class).ifAvailable(strategy -> {
            if (SecurityContextHolder.getContextHolderStrategy() != strategy) {
                SecurityContextHolder.setContextHolderStrategy(strategy);
            }
        });
    }
}
