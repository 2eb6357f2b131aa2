package nl.erkenningsportaal.outreach;

/** Domain event: a visit's follow-up was given to an officer of its municipality by a colleague (ids only). */
public record FollowUpAssigned(long visitId, String municipalityId, long assigneeId, long assignedBy) {}
