@NullMarked
package nl.erkenningsportaal.municipality;

import org.jspecify.annotations.NullMarked;
