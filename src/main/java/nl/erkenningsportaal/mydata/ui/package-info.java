@NullMarked
package nl.erkenningsportaal.mydata.ui;

import org.jspecify.annotations.NullMarked;
