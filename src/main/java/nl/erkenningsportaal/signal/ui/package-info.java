@NullMarked
package nl.erkenningsportaal.signal.ui;

import org.jspecify.annotations.NullMarked;
