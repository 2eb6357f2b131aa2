@NullMarked
package nl.erkenningsportaal.layout.ui;

import org.jspecify.annotations.NullMarked;
