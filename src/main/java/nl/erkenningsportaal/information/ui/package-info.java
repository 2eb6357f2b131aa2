@NullMarked
package nl.erkenningsportaal.information.ui;

import org.jspecify.annotations.NullMarked;
