package nl.erkenningsportaal.consultation;

import java.time.LocalDate;

/** Domain event: the last free place of a session was taken (ids and date only). */
public record SessionFull(long sessionId, LocalDate date) {}
