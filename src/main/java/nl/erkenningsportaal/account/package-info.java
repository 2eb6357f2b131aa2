/**
 * Accounts: users and their roles, sign-in with a second factor for staff, sessions, staff administration, and a
 * worker's own e-mail address with its confirmation link and the "forgot my password" link (mailed through the
 * notification module by {@link nl.erkenningsportaal.account.AccountMail}).
 */
@NullMarked
package nl.erkenningsportaal.account;

import org.jspecify.annotations.NullMarked;
