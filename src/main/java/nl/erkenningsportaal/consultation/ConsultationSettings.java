package nl.erkenningsportaal.consultation;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param maxFutureBookings  how many coming bookings one worker may hold (stops hoarding)
 * @param cancelUntilBefore  a booking can be cancelled or moved until this long before its start
 * @param weeksAhead         how far ahead workers see sessions
 * @param shortNotice        a booking cancelled less than this long before its start alerts the GGD
 */
@ConfigurationProperties("portal.consultation")
public record ConsultationSettings(
        @DefaultValue("2") int maxFutureBookings,
        @DefaultValue("PT2H") Duration cancelUntilBefore,
        @DefaultValue("6") int weeksAhead,
        @DefaultValue("24h") Duration shortNotice) {}
