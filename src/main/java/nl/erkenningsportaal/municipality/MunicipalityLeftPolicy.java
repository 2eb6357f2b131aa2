package nl.erkenningsportaal.municipality;

/**
 * A municipality left the regional policy: no new requests from its postcodes; its recognitions stay valid until
 * their end date without renewal, and the recognition module tells their workers.
 */
public record MunicipalityLeftPolicy(String municipalityId) {}
