package nl.erkenningsportaal.privacy;

import java.time.temporal.ChronoUnit;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * How long a retention rule keeps something: a fixed term, or a term each municipality (or the region) sets for
 * itself. A term of 0 means "at the next daily run".
 *
 * @param scope   who decides
 * @param amount  the fixed amount (for a setting: unused, the setting's value counts)
 * @param unit    days, weeks, months or years
 * @param setting for a municipality's or the region's term, the name of the setting that holds it
 */
public record Term(Scope scope, int amount, ChronoUnit unit, @Nullable String setting) {

    /** Who decides the term. */
    public enum Scope {
        /** Fixed by the portal (technical data). */
        FIXED,
        /** Each municipality sets its own term. */
        MUNICIPALITY,
        /** The region (Drenthe, with its shared coordinator) sets one term for all municipalities. */
        REGION
    }

    static final Set<ChronoUnit> UNITS = Set.of(ChronoUnit.DAYS, ChronoUnit.WEEKS, ChronoUnit.MONTHS,
            ChronoUnit.YEARS);

    public Term {
        if (!UNITS.contains(unit)) {
            throw new IllegalArgumentException("a term is in days, weeks, months or years");
        }
        if (amount < 0 || (scope == Scope.FIXED) == (setting != null)) {
            throw new IllegalArgumentException("a fixed term has an amount, a decided term a setting");
        }
    }

    public static Term fixed(int amount, ChronoUnit unit) {
        return new Term(Scope.FIXED, amount, unit, null);
    }

    public static Term municipality(String setting, ChronoUnit unit) {
        return new Term(Scope.MUNICIPALITY, 0, unit, setting);
    }

    public static Term region(String setting, ChronoUnit unit) {
        return new Term(Scope.REGION, 0, unit, setting);
    }
}
