/**
 * The anonymous sector overview: figures per municipality and quarter, kept as aggregates updated as things happen,
 * so they survive the retention clean-up. Small counts are suppressed.
 */
@NullMarked
package nl.erkenningsportaal.overview;

import org.jspecify.annotations.NullMarked;
