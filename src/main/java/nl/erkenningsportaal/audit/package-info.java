@NullMarked
package nl.erkenningsportaal.audit;

import org.jspecify.annotations.NullMarked;
