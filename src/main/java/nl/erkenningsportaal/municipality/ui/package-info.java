@NullMarked
package nl.erkenningsportaal.municipality.ui;

import org.jspecify.annotations.NullMarked;
