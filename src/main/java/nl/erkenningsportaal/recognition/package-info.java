/**
 * Recognition: the worker's online request, the officer's processing, recognition at the door, the pseudonymous
 * number, and the identity behind it, encrypted at rest.
 */
@NullMarked
package nl.erkenningsportaal.recognition;

import org.jspecify.annotations.NullMarked;
