package nl.erkenningsportaal.signal;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/** A signal raised by an officer, from a request, a visit, or on its own. */
public record NewSignal(@Nullable Long requestId, @Nullable Long visitId, Set<Indicator> indicators,
        @Nullable String description, Urgency urgency) {
    public static final int TEXT_MAX = 4000;
}
