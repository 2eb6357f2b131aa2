package nl.erkenningsportaal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * The portal's clock in integration tests: real time, which a test may move ({@link #advance}, {@link #shift}) to
 * see what happens later without waiting for it. Every test starts at the real time again ({@link ResetAfterEach},
 * registered in {@code META-INF/spring.factories}), so a moved clock never leaks into the next test.
 */
public final class TestClock extends Clock {

    private final ZoneId zone;
    private volatile Duration offset = Duration.ZERO;

    TestClock(ZoneId zone) {
        this.zone = zone;
    }

    /** Moves time forward by {@code duration}, from wherever it is now. */
    public void advance(Duration duration) {
        offset = offset.plus(duration);
    }

    /** Sets the clock to {@code offset} away from the real time (negative: in the past); it keeps ticking. */
    public void shift(Duration offsetFromRealTime) {
        offset = offsetFromRealTime;
    }

    public void reset() {
        offset = Duration.ZERO;
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset);
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        TestClock self = this;
        return new Clock() {
            @Override
            public Instant instant() {
                return self.instant();
            }

            @Override
            public ZoneId getZone() {
                return other;
            }

            @Override
            public Clock withZone(ZoneId again) {
                return self.withZone(again);
            }
        };
    }

    /** Replaces the portal's clock bean in a test context (see {@link IntegrationTest}). */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Config {
        @Bean
        @Primary
        TestClock testClock() {
            return new TestClock(ZoneId.of("Europe/Amsterdam"));
        }
    }

    /** Puts the clock back at the real time after every test method. */
    public static class ResetAfterEach implements TestExecutionListener {
        @Override
        public void afterTestMethod(TestContext testContext) {
            if (testContext.hasApplicationContext()) {
                testContext.getApplicationContext().getBeanProvider(TestClock.class).ifAvailable(TestClock::reset);
            }
        }
    }
}
