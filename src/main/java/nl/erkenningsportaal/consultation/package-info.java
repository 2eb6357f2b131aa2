/**
 * The GGD's free walk-in consultation: locations, series, sessions and slots; bookings and a waiting list that
 * never overbook. Care stays apart from enforcement: no identity here, and officers reach none of it.
 */
@NullMarked
package nl.erkenningsportaal.consultation;

import org.jspecify.annotations.NullMarked;
