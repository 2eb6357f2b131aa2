/** The contact module's pages: the worker's help page, the question form, the answer page, and the staff's tasks. */
@NullMarked
package nl.erkenningsportaal.contact.ui;

import org.jspecify.annotations.NullMarked;
