package nl.erkenningsportaal.privacy;

import java.util.List;

/**
 * A module's part of the processing register (GDPR art. 30): the tables it owns with every column, and the
 * retention rules it carries out. Each module declares its own tables as a bean implementing this; the
 * {@link ProcessingRegister} collects them, and {@code PersonalDataRegisterTest} compares them with the real schema.
 */
public interface ProcessingDeclaration {

    /** The declaring module, e.g. {@code "outreach"}. */
    String module();

    /** The retention rules this module's {@link RetentionJob}s carry out. */
    default List<RetentionRule> rules() {
        return List.of();
    }

    /** Every table this module owns. */
    List<DeclaredTable> tables();
}
