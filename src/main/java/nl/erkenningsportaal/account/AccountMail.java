package nl.erkenningsportaal.account;

/**
 * Sends the mails that carry an account's own single-use links (confirm an address, reset a password). Implemented
 * by the notification module, which owns the outbox and the mail templates; called inside the caller's transaction,
 * so a link and its mail commit together. The token travels only in the path: it is never stored in plain.
 */
public interface AccountMail {

    /** Queues the reset link for the worker's confirmed address; nothing when the account has none. */
    void passwordResetLink(long accountId, String path, long validHours);

    /** Queues the confirmation link to the account's new, still unconfirmed address. */
    void confirmationLink(long accountId, String path, long validHours);
}
