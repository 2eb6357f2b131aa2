/**
 * Privacy: encryption of identity fields at rest, blind indexes for searching, and (later) retention, export and
 * erasure.
 */
@NullMarked
package nl.erkenningsportaal.privacy;

import org.jspecify.annotations.NullMarked;
