package nl.erkenningsportaal.contact;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long the contact module keeps what it holds, and how the question form without an account is guarded.
 *
 * @param careKeptAfterClosing   a closed care request with its messages is erased this long after it was closed (the
 *                               phone number or address she gave goes at closing already)
 * @param careKeptUntouched      a care request nobody touched for this long is erased, closed or not
 * @param questionKept           a question without an account is erased this long after it came in, answered or
 *                               not (the way to reach her goes at closing already); at most 29 days, so that the
 *                               daily clean-up keeps the form's promise: erased within 30 days
 * @param questionsPerSourceHour questions one source address may send in an hour (all nodes together)
 * @param questionsPerSourceDay  questions one source address may send in a day (all nodes together)
 * @param minimumFillTime        a question sent sooner than this after the form appeared is refused: no person types
 *                               a question that fast, a script does
 */
@ConfigurationProperties("portal.contact")
public record ContactSettings(
        @DefaultValue("P90D") Duration careKeptAfterClosing,
        @DefaultValue("P365D") Duration careKeptUntouched,
        @DefaultValue("P29D") Duration questionKept,
        @DefaultValue("3") int questionsPerSourceHour,
        @DefaultValue("10") int questionsPerSourceDay,
        @DefaultValue("PT3S") Duration minimumFillTime) {

    /** The promise on the question form is 30 days; the clean-up runs daily, so a question is kept one day less. */
    public static final Duration QUESTION_KEPT_AT_MOST = Duration.ofDays(29);

    public ContactSettings {
        if (questionKept.compareTo(QUESTION_KEPT_AT_MOST) > 0 || questionKept.isNegative()) {
            throw new IllegalArgumentException("portal.contact.question-kept must be at most 29 days");
        }
    }
}
