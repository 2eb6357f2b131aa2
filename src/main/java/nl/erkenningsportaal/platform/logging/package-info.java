/**
 * The console log: one event, one line. Loaded by Logback from {@code logback-spring.xml}, before Spring starts.
 */
@NullMarked
package nl.erkenningsportaal.platform.logging;

import org.jspecify.annotations.NullMarked;
