package nl.erkenningsportaal.recognition;

/** An officer of the same municipality a request can be assigned to: the staff id and the login name. */
public record Colleague(long id, String username) {}
