@NullMarked
package nl.erkenningsportaal.notification.ui;

import org.jspecify.annotations.NullMarked;
