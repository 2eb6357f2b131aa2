package nl.erkenningsportaal.platform;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One clock for the whole portal, so tests can move time. All local times are Europe/Amsterdam. */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    public static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    @Bean
    Clock clock() {
        return Clock.system(AMSTERDAM);
    }
}
