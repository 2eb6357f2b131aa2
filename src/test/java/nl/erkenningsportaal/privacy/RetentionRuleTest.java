package nl.erkenningsportaal.privacy;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the test that proves a retention rule: it makes the rule's data, runs the rule's job with a clock before
 * and after the term, and asserts with a SELECT that the rows are gone (not only hidden). {@code
 * PersonalDataRegisterTest} fails for a declared rule that no test is marked for.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface RetentionRuleTest {

    /** The ids of the rules the test proves. */
    String[] value();
}
