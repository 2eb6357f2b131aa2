/** The processing register as a page for administrators and policy makers, with its CSV. */
@NullMarked
package nl.erkenningsportaal.privacy.ui;

import org.jspecify.annotations.NullMarked;
