package nl.erkenningsportaal.audit;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What the administrator looks for in the trail; every part is optional. {@code actor} and {@code subject} match
 * exactly (they are references: an account name or id, a request id), the period is inclusive and read in the
 * portal's time zone.
 */
public record AuditFilter(
        @Nullable String actor,
        @Nullable AuditAction action,
        @Nullable String subjectType,
        @Nullable String subject,
        @Nullable LocalDate from,
        @Nullable LocalDate to) {

    public static final AuditFilter ALL = new AuditFilter(null, null, null, null, null, null);
}
