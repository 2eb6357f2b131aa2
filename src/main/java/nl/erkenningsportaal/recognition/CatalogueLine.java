package nl.erkenningsportaal.recognition;

/**
 * An entry on the administrator's screen: a region default (switched on or off for the municipality shown) or one of
 * the municipality's own. {@code mayChange}: the signed-in administrator may change or archive it.
 */
public record CatalogueLine(ReasonEntry entry, boolean switchedOff, boolean mayChange) {}
