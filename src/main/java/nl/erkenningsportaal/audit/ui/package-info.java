@NullMarked
package nl.erkenningsportaal.audit.ui;

import org.jspecify.annotations.NullMarked;
