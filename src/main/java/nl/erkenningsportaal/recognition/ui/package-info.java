@NullMarked
package nl.erkenningsportaal.recognition.ui;

import org.jspecify.annotations.NullMarked;
