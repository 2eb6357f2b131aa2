/** Outreach: advertisements found and visits made by officers of one municipality. */
@NullMarked
package nl.erkenningsportaal.outreach;

import org.jspecify.annotations.NullMarked;
