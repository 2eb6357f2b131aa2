@NullMarked
package nl.erkenningsportaal.account.ui;

import org.jspecify.annotations.NullMarked;
