package nl.erkenningsportaal.municipality;

/**
 * A municipality of the region, with its settings and retention terms. {@code id} is the CBS code (GM0106 for
 * Assen).
 */
public record Municipality(String id, String name, String region, boolean participating,
        MunicipalitySettings settings, RetentionSettings retention) {}
