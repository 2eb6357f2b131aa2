package nl.erkenningsportaal.mydata;

import java.time.Instant;
import nl.erkenningsportaal.audit.AccessReason;
import org.jspecify.annotations.Nullable;

/**
 * Someone looked at the worker's data: when, which role, which municipality (its id and name), what they did and
 * why — never the colleague's name, and of the reason only the category, not what the colleague typed.
 */
public record DataAccess(Instant at, String role, @Nullable String municipalityId, @Nullable String municipalityName,
        String action, @Nullable AccessReason reason) {}
