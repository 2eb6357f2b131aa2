package nl.erkenningsportaal.account;

/** A colleague as other staff see them: the id and the login name, nothing else. */
public record StaffMember(long id, String username) {}
