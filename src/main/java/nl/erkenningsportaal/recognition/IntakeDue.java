package nl.erkenningsportaal.recognition;

import java.time.Instant;

/** Domain event: an intake is planned for today (ids, municipality and time only; never the place or identity). */
public record IntakeDue(long requestId, String municipalityId, Instant at) {}
