package nl.erkenningsportaal.recognition;

import org.jspecify.annotations.Nullable;

/**
 * A worker's request. {@code municipalityId} is only needed when the postcode lies in an area shared by two
 * municipalities; otherwise the postcode decides.
 */
public record NewRequest(Identity identity, @Nullable String municipalityId) {}
