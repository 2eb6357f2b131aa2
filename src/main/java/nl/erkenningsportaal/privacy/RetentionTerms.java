package nl.erkenningsportaal.privacy;

import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Where the terms that municipalities and the region decide come from (the municipality module implements it).
 * Setting names are those a {@link Term} names.
 */
public interface RetentionTerms {

    /** Every setting this source holds, with who decides it. */
    Set<String> settings(Term.Scope scope);

    /** The value of a setting, in its term's unit; a municipality's setting needs the municipality's id. */
    int value(String setting, @Nullable String municipalityId);

    /** Every municipality's id (a job applies a municipality's term to that municipality's rows). */
    List<String> municipalities();

    /** The municipalities that take part, by id, with their names in the order to show them. */
    List<Scoped> participating();

    /** A municipality's id and name. */
    record Scoped(String id, String name) {}
}
