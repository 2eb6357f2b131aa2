package nl.erkenningsportaal.contact;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the question form without an account is guarded. How long the module keeps what it holds is in the processing
 * register ({@link ContactRetention}).
 *
 * @param questionsPerSourceHour questions one source address may send in an hour (all nodes together)
 * @param questionsPerSourceDay  questions one source address may send in a day (all nodes together)
 * @param minimumFillTime        a question sent sooner than this after the form appeared is refused: no person types
 *                               a question that fast, a script does
 */
@ConfigurationProperties("portal.contact")
public record ContactSettings(
        @DefaultValue("3") int questionsPerSourceHour,
        @DefaultValue("10") int questionsPerSourceDay,
        @DefaultValue("PT3S") Duration minimumFillTime) {}
