/**
 * Signals of trafficking or exploitation: raised by officers with structured indicators, escalated to the regional
 * coordinator, worked as cases. Never deleted.
 */
@NullMarked
package nl.erkenningsportaal.signal;

import org.jspecify.annotations.NullMarked;
