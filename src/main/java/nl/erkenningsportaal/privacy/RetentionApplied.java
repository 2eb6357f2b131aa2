package nl.erkenningsportaal.privacy;

/**
 * A retention rule ran and erased (or failed to erase) something; the audit module records it. Counts only: never
 * which person or row.
 */
public record RetentionApplied(String rule, int erased, int failed) {}
