@NullMarked
package nl.erkenningsportaal.account;

import org.jspecify.annotations.NullMarked;
