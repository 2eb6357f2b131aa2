package nl.erkenningsportaal.signal;

import java.time.LocalDate;

/** The identity behind a request linked to an escalated signal, for the coordinator only. */
public record LinkedIdentity(String legalName, LocalDate dateOfBirth, String nationality, String workAddress) {}
