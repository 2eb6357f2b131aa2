package nl.erkenningsportaal.signal;

/** Domain event: an escalated signal case was given to a regional coordinator by a fellow coordinator (ids only). */
public record CaseAssigned(long signalId, String municipalityId, long assigneeId, long assignedBy) {}
