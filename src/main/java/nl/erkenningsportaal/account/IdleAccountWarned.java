package nl.erkenningsportaal.account;

import java.time.LocalDate;

/**
 * A worker's account has no request or booking and has not been signed in to for the region's term: it will be
 * erased on {@code erasedFrom} unless the worker signs in. The notification module tells her (inbox, and a
 * discreet mail if she has a confirmed address), in the same transaction as the notice is recorded.
 */
public record IdleAccountWarned(long accountId, LocalDate erasedFrom) {}
