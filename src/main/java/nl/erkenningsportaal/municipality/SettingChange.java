package nl.erkenningsportaal.municipality;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One change of a municipality's setting, for its history on the screen: which setting ({@link #VALIDITY},
 * {@link #REMINDER}, {@link #SENDER}, {@link #PARTICIPATING}), the old and the new value, the staff account that
 * changed it (its id only; empty once that account was erased) and when.
 */
public record SettingChange(String municipalityId, String setting, String oldValue, String newValue,
        @Nullable Long changedBy, Instant changedAt) {

    public static final String VALIDITY = "validity";
    public static final String REMINDER = "reminder";
    public static final String SENDER = "sender";
    public static final String PARTICIPATING = "participating";
}
