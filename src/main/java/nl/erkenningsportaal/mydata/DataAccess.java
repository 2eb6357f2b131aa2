package nl.erkenningsportaal.mydata;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** Someone looked at the worker's data: when, which role, which municipality, why — never the colleague's name. */
public record DataAccess(Instant at, String role, @Nullable String municipalityId, String action) {}
