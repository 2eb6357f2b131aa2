@NullMarked
package nl.erkenningsportaal.consultation.ui;

import org.jspecify.annotations.NullMarked;
