@NullMarked
package nl.erkenningsportaal.overview.ui;

import org.jspecify.annotations.NullMarked;
