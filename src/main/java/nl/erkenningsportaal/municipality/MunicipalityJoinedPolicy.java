package nl.erkenningsportaal.municipality;

/** A municipality joined the regional policy: its postcode areas accept requests from now on. */
public record MunicipalityJoinedPolicy(String municipalityId) {}
