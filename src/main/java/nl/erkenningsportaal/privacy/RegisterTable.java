package nl.erkenningsportaal.privacy;

/** A declared table with the module that declared it. */
public record RegisterTable(String module, DeclaredTable table) {}
