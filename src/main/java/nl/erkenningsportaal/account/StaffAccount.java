package nl.erkenningsportaal.account;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A staff account as the administrator sees it. */
public record StaffAccount(long id, String username, String role, @Nullable String municipalityId,
        @Nullable String region, boolean enabled, boolean passwordChangeRequired, Instant createdAt,
        boolean secondFactorEnrolled) {}
