/** The worker's own data: see everything the portal holds (export) and erase it all. */
@NullMarked
package nl.erkenningsportaal.mydata;

import org.jspecify.annotations.NullMarked;
