package nl.erkenningsportaal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * A test against the whole application on the embedded MariaDB (one server per test JVM; Spring caches the context
 * between test classes with the same configuration). The portal's clock is a {@link TestClock}: real time, which a
 * test may move forward instead of waiting.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@ActiveProfiles("test")
@Import(TestClock.Config.class)
public @interface IntegrationTest {}
