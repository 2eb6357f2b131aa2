@NullMarked
package nl.erkenningsportaal;

import org.jspecify.annotations.NullMarked;
