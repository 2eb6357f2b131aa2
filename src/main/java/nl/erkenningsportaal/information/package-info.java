/**
 * Information pages: the rules and the care on offer, the privacy statement (whose version consent records point
 * to) and the accessibility statement. Shared by the region, with local additions per municipality, in every
 * portal language, edited by administrators with a version history.
 */
@NullMarked
package nl.erkenningsportaal.information;

import org.jspecify.annotations.NullMarked;
