package nl.erkenningsportaal.account;

/** An administrator disabled an account: its open sessions end. */
public record AccountDisabled(long accountId) {}
