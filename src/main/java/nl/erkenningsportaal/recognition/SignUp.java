package nl.erkenningsportaal.recognition;

/** A worker's sign-up: user name, password and explicit consent to the privacy statement version shown. */
public record SignUp(String username, String password, boolean consent, int statementVersion) {}
