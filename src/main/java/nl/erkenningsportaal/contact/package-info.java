/**
 * Contact: a worker's request for contact about her health, psychosocial help, debts or leaving sex work (exit
 * support), worked as a task by the officers of a municipality or, for health, by the GGD; and a question to a
 * municipality's outreach team without an account, answered by mail (through a link) or by phone. Contact details and
 * free text are encrypted; nothing here is kept without a rule that erases it (see {@link ContactRetention}).
 */
@NullMarked
package nl.erkenningsportaal.contact;

import org.jspecify.annotations.NullMarked;
