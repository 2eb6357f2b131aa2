/**
 * Discreet notifications: the portal inbox, mail through an outbox, calendar invitations and reminders. Other
 * modules publish domain events; this module listens and tells the worker, in the inbox and (with a confirmed
 * address) by mail that never says what the portal is about.
 */
@NullMarked
package nl.erkenningsportaal.notification;

import org.jspecify.annotations.NullMarked;
