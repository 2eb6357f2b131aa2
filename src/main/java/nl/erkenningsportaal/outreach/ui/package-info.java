@NullMarked
package nl.erkenningsportaal.outreach.ui;

import org.jspecify.annotations.NullMarked;
