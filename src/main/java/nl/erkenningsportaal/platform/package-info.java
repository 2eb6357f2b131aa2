/**
 * What every module stands on: the embedded database, the clock, typed settings, the production guard,
 * {@link nl.erkenningsportaal.platform.Refusal}, the role names ({@link nl.erkenningsportaal.platform.Roles}),
 * jobs that run once across nodes, and the translation infrastructure (the i18n provider, the language preference,
 * Vaadin's own messages and the date pickers in the reader's language). It depends on no other module.
 */
@NullMarked
package nl.erkenningsportaal.platform;

import org.jspecify.annotations.NullMarked;
