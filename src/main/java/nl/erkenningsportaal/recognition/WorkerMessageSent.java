package nl.erkenningsportaal.recognition;

/** Domain event: the worker wrote to the officers about her request (ids and municipality only; never the text). */
public record WorkerMessageSent(long requestId, String municipalityId) {}
