package nl.erkenningsportaal.account;

/** A new staff account with its one-time initial password, shown to the administrator once and never stored. */
public record CreatedStaffAccount(StaffAccount account, String initialPassword) {}
