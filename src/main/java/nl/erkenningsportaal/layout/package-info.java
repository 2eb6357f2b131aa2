@NullMarked
package nl.erkenningsportaal.layout;

import org.jspecify.annotations.NullMarked;
