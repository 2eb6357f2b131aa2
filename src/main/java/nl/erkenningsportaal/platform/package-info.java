@NullMarked
package nl.erkenningsportaal.platform;

import org.jspecify.annotations.NullMarked;
