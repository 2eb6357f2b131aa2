/**
 * The reason fields every page shows before an identity or a worker's messages open; other modules' views use them,
 * so this package is a named interface of the audit module.
 */
@NullMarked
@NamedInterface("ui")
package nl.erkenningsportaal.audit.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
