package nl.erkenningsportaal.recognition;

/** Domain event: a request was assigned to an officer of its municipality (ids only). */
public record RequestAssigned(long requestId, String municipalityId, long assigneeId, long assignedBy) {}
